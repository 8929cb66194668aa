import type { MessageKey } from '../i18n/messages';

export type ModelStatus = 'meets' | 'does-not-meet' | 'no-data';
export type Criterion = 'on-time-rate' | 'satisfaction-rate' | 'feedback-on-time-rate' | 'letters';

export interface ModelVerdict {
  status: ModelStatus;
  criteriaVersion: string;
  checks: {
    criterion: Criterion;
    required: number | null;
    actual: number | null;
    result: 'pass' | 'fail' | 'not-applicable';
  }[];
}

/** What the pages read of reporting's CommuneReportResponseDto. */
export interface CommuneReport {
  communeCode: string;
  communeName: string;
  period: { from: string; to: string };
  hasData: boolean;
  dossiersReceived: number;
  dossiersReturned: number;
  dossiersOnTime: number;
  dossiersLate: number;
  dossiersOverdue: number;
  onTimeRate: number | null;
  onlineShare: number | null;
  civilStatus: { births: number; marriages: number; deaths: number };
  letters: { congratulation: number; condolence: number; apology: number; thankYou: number };
  surveyResponses: number;
  satisfactionRate: number | null;
  feedbackReceived: number;
  feedbackAnswered: number;
  feedbackOnTimeRate: number | null;
  feedbackEscalated: number;
  model: ModelVerdict;
}

/** What the pages read of reporting's ProvinceReportResponseDto. */
export interface ProvinceReport {
  provinceCode: string;
  provinceName: string;
  period: { from: string; to: string };
  summary: {
    communes: number;
    meeting: number;
    notMeeting: number;
    noData: number;
    meetingShare: number;
  };
  targets: {
    year: number;
    targetShare: number;
    communesRequired: number;
    communesMeeting: number;
    reached: boolean;
  }[];
  communes: {
    rank: number | null;
    communeCode: string;
    communeName: string;
    dossiersReceived: number;
    dossiersReturned: number;
    dossiersLate: number;
    onTimeRate: number | null;
    satisfactionRate: number | null;
    feedbackOnTimeRate: number | null;
    model: ModelVerdict;
  }[];
}

export const MODEL_STATUS_NAMES: Record<ModelStatus, MessageKey> = {
  meets: 'modelMeets',
  'does-not-meet': 'modelNotMet',
  'no-data': 'modelNoData',
};

export const CRITERION_NAMES: Record<Criterion, MessageKey> = {
  'on-time-rate': 'criterionOnTime',
  'satisfaction-rate': 'criterionSatisfaction',
  'feedback-on-time-rate': 'criterionFeedback',
  letters: 'criterionLetters',
};

/** The months of a year up to the given month (1–12), as reporting's `YYYY-MM` periods. */
export function monthsOf(year: number, lastMonth: number): string[] {
  return Array.from(
    { length: lastMonth },
    (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`,
  );
}
