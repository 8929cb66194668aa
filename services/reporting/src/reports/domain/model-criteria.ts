import { CommuneFigures } from './commune-figures';

/**
 * What "meets the model" means, versioned: a report names the version it was judged by,
 * so a change of thresholds never silently rewrites last year's verdicts.
 */
export interface ModelCriteria {
  version: string;
  minOnTimeRate: number;
  minSatisfactionRate: number;
  minFeedbackOnTimeRate: number;
  requireEveryLetter: boolean;
}

export type CriterionKey =
  'on-time-rate' | 'satisfaction-rate' | 'feedback-on-time-rate' | 'letters';
export type CheckResult = 'pass' | 'fail' | 'not-applicable';
export type ModelStatus = 'meets' | 'does-not-meet' | 'no-data';

export const MODEL_STATUS_LABELS: Record<ModelStatus, string> = {
  meets: 'Đạt mô hình',
  'does-not-meet': 'Chưa đạt',
  'no-data': 'Chưa có số liệu',
};

export const CRITERION_LABELS: Record<CriterionKey, string> = {
  'on-time-rate': 'Tỷ lệ hồ sơ trả kết quả đúng hạn',
  'satisfaction-rate': 'Tỷ lệ hài lòng tại bộ phận một cửa',
  'feedback-on-time-rate': 'Tỷ lệ phản ánh, kiến nghị được trả lời đúng hạn',
  letters: 'Gửi đủ thư chúc mừng, chia buồn, xin lỗi và cảm ơn',
};

export interface CriterionCheck {
  criterion: CriterionKey;
  label: string;
  /** The threshold (a rate) or, for letters, the number of letters owed. */
  required: number | null;
  actual: number | null;
  result: CheckResult;
}

export interface ModelVerdict {
  status: ModelStatus;
  label: string;
  criteriaVersion: string;
  checks: CriterionCheck[];
}

/** Letters owed for the period's facts and how many of them are missing. */
export function lettersOwed(figures: CommuneFigures): { owed: number; missing: number } {
  const pairs: [number, number][] = [
    [figures.civilStatus.births + figures.civilStatus.marriages, figures.letters.congratulation],
    [figures.civilStatus.deaths, figures.letters.condolence],
    [figures.dossiersLate, figures.letters.apology],
    [figures.feedbackWithContact, figures.letters.thankYou],
  ];
  return {
    owed: pairs.reduce((sum, [owed]) => sum + owed, 0),
    missing: pairs.reduce((sum, [owed, sent]) => sum + Math.max(0, owed - sent), 0),
  };
}

function threshold(
  criterion: CriterionKey,
  required: number,
  actual: number | null,
): CriterionCheck {
  return {
    criterion,
    label: CRITERION_LABELS[criterion],
    required,
    actual,
    result: actual === null ? 'not-applicable' : actual >= required ? 'pass' : 'fail',
  };
}

/**
 * Judges a commune's period. A criterion without anything to measure is not applicable; a
 * commune with nothing to judge is "no data", never passing or failing.
 */
export function judge(figures: CommuneFigures, criteria: ModelCriteria): ModelVerdict {
  const letters = lettersOwed(figures);
  const checks: CriterionCheck[] = [
    threshold('on-time-rate', criteria.minOnTimeRate, figures.onTimeRate),
    threshold('satisfaction-rate', criteria.minSatisfactionRate, figures.satisfactionRate),
    threshold('feedback-on-time-rate', criteria.minFeedbackOnTimeRate, figures.feedbackOnTimeRate),
  ];
  if (criteria.requireEveryLetter) {
    checks.push({
      criterion: 'letters',
      label: CRITERION_LABELS.letters,
      required: letters.owed,
      actual: letters.owed - letters.missing,
      result: letters.owed === 0 ? 'not-applicable' : letters.missing === 0 ? 'pass' : 'fail',
    });
  }
  const applicable = checks.filter((check) => check.result !== 'not-applicable');
  const status: ModelStatus =
    !figures.hasData || applicable.length === 0
      ? 'no-data'
      : applicable.every((check) => check.result === 'pass')
        ? 'meets'
        : 'does-not-meet';
  return { status, label: MODEL_STATUS_LABELS[status], criteriaVersion: criteria.version, checks };
}

/** The province's targets: half of its communes run the model by 2025, all by 2030. */
export const MODEL_TARGETS = [
  { year: 2025, share: 0.5 },
  { year: 2030, share: 1 },
] as const;

export interface TargetProgress {
  year: number;
  targetShare: number;
  communesRequired: number;
  communesMeeting: number;
  reached: boolean;
}

export function progressTowardTargets(meeting: number, total: number): TargetProgress[] {
  return MODEL_TARGETS.map(({ year, share }) => {
    const communesRequired = Math.ceil(share * total);
    return {
      year,
      targetShare: share,
      communesRequired,
      communesMeeting: meeting,
      reached: total > 0 && meeting >= communesRequired,
    };
  });
}

/**
 * The Decision 766/QĐ-TTg indicator groups these figures can feed, with the figure that
 * feeds each; the other groups (public disclosure, digitised records) need data no event carries.
 */
export const DECISION_766_GROUPS = [
  { group: 'Tiến độ giải quyết', figure: 'onTimeRate' },
  { group: 'Dịch vụ công trực tuyến', figure: 'onlineShare' },
  { group: 'Thanh toán trực tuyến', figure: 'cashlessShare' },
  { group: 'Mức độ hài lòng', figure: 'satisfactionRate' },
] as const;
