import { AnswerAssessment } from '../../answers/domain/answer-sheet';
import {
  CONDUCT_ITEM_DESCRIPTIONS,
  CONDUCT_ITEMS,
  ConductGroup,
  ConductItem,
  DISSATISFIED_UP_TO,
  RATING_MAX,
  RATING_MIN,
  SATISFIED_FROM,
  SIPAS_ELEMENT_LABELS,
  SIPAS_ELEMENTS,
  SipasElement,
} from '../../questionnaires/domain/measures';

export const INDEX_DIMENSIONS = ['commune', 'procedure', 'officer'] as const;
export type IndexDimension = (typeof INDEX_DIMENSIONS)[number];

export type IndexScope = 'result' | 'campaign';

/** Where one invitation is counted: the after-result survey by month, or a campaign. */
export interface CountingSubject {
  scope: IndexScope;
  campaignId: string | null;
  communeCode: string;
  provinceCode: string;
  /** YYYY-MM of the return in Vietnam time (result scope); null for a campaign. */
  period: string | null;
  procedureKey: string | null;
  officerId: string | null;
}

export interface IndexRowRef {
  id: string;
  scope: IndexScope;
  campaignId: string | null;
  communeCode: string;
  provinceCode: string;
  period: string | null;
  dimension: IndexDimension;
  /** Procedure key or officer id; empty for the whole commune. */
  dimensionKey: string;
}

/**
 * The counter rows an invitation moves: the whole commune, and for the after-result survey
 * also its procedure and its officer (campaigns are compared commune-wide).
 */
export function indexRowsFor(subject: CountingSubject): IndexRowRef[] {
  const scopeKey = subject.scope === 'campaign' ? `campaign:${subject.campaignId}` : 'result';
  const row = (dimension: IndexDimension, dimensionKey: string): IndexRowRef => ({
    id: [scopeKey, subject.communeCode, subject.period ?? '-', dimension, dimensionKey].join('|'),
    scope: subject.scope,
    campaignId: subject.campaignId,
    communeCode: subject.communeCode,
    provinceCode: subject.provinceCode,
    period: subject.period,
    dimension,
    dimensionKey,
  });
  const rows = [row('commune', '')];
  if (subject.scope === 'result' && subject.procedureKey) {
    rows.push(row('procedure', subject.procedureKey));
  }
  if (subject.scope === 'result' && subject.officerId) {
    rows.push(row('officer', subject.officerId));
  }
  return rows;
}

/** `$inc` operand for an invitation sent for a returned dossier. */
export function issuedIncrements(onTime: boolean): Record<string, number> {
  return { invitations: 1, returnedLate: onTime ? 0 : 1 };
}

/** `$inc` operand for one answer; paths are nested counters of the row document. */
export function answerIncrements(assessment: AnswerAssessment): Record<string, number> {
  const increments: Record<string, number> = {
    answers: 1,
    satisfied: assessment.satisfied ? 1 : 0,
    dissatisfied: assessment.dissatisfied ? 1 : 0,
    [`overall.r${assessment.overall}`]: 1,
  };
  for (const [element, rating] of Object.entries(assessment.sipas)) {
    increments[`sipas.${element}.sum`] = rating;
    increments[`sipas.${element}.count`] = 1;
    increments[`sipas.${element}.satisfied`] = rating >= SATISFIED_FROM ? 1 : 0;
  }
  for (const [item, value] of Object.entries(assessment.conduct)) {
    const field = value === 'not-applicable' ? 'notApplicable' : value;
    increments[`conduct.${item}.${field}`] = 1;
  }
  return increments;
}

export interface IndexCounts {
  invitations: number;
  returnedLate: number;
  answers: number;
  satisfied: number;
  dissatisfied: number;
  overall: Partial<Record<string, number>>;
  sipas: Partial<Record<SipasElement, { sum?: number; count?: number; satisfied?: number }>>;
  conduct: Partial<Record<ConductItem, { yes?: number; no?: number; notApplicable?: number }>>;
}

export interface ConductScore {
  item: ConductItem;
  group: ConductGroup;
  label: string;
  yes: number;
  no: number;
  notApplicable: number;
  /** yes ÷ (yes + no); "not applicable" answers are left out. Null without answers. */
  yesShare: number | null;
}

export interface SipasScore {
  element: SipasElement;
  label: string;
  answers: number;
  average: number | null;
  satisfactionRate: number | null;
}

export interface Decision766Indicator {
  /** 1 − (late returns ÷ returned + "không hài lòng" answers ÷ returned), not below 0. */
  value: number | null;
  target: number;
  /** Share of the indicator's points earned: 1 at or above target, else value ÷ target. */
  attainment: number | null;
}

export interface IndexFigures {
  invitations: number;
  answers: number;
  responseRate: number | null;
  satisfied: number;
  satisfactionRate: number | null;
  dissatisfied: number;
  overallAverage: number | null;
  overallDistribution: number[];
  decision766: Decision766Indicator;
  sipas: SipasScore[];
  conduct: ConductScore[];
}

export const DECISION_766_TARGET = 0.9;

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * Rates from the counters. Satisfaction rate = answers rated 4 or 5 ÷ answers (SIPAS
 * convention). The Decision 766 indicator 5.4 follows the formula VPCP's dashboard uses:
 * 100% − (overdue rate + rate of dossiers with a petition or "dislike"); here "dislike" is
 * an overall rating of 1–2 and both rates are over the dossiers returned (invitations sent),
 * since petitions are the feedback service's to count.
 */
export function figuresOf(counts: IndexCounts): IndexFigures {
  const distribution: number[] = [];
  let ratingSum = 0;
  for (let rating = RATING_MIN; rating <= RATING_MAX; rating += 1) {
    const count = counts.overall[`r${rating}`] ?? 0;
    distribution.push(count);
    ratingSum += rating * count;
  }
  const dislikes = distribution
    .slice(0, DISSATISFIED_UP_TO - RATING_MIN + 1)
    .reduce((sum, count) => sum + count, 0);
  const returned = counts.invitations;
  const indicator =
    returned > 0 ? Math.max(0, 1 - (counts.returnedLate + dislikes) / returned) : null;
  return {
    invitations: counts.invitations,
    answers: counts.answers,
    responseRate: ratio(counts.answers, counts.invitations),
    satisfied: counts.satisfied,
    satisfactionRate: ratio(counts.satisfied, counts.answers),
    dissatisfied: counts.dissatisfied,
    overallAverage: ratio(ratingSum, counts.answers),
    overallDistribution: distribution,
    decision766: {
      value: indicator,
      target: DECISION_766_TARGET,
      attainment: indicator === null ? null : Math.min(1, indicator / DECISION_766_TARGET),
    },
    sipas: SIPAS_ELEMENTS.map((element) => {
      const { sum = 0, count = 0, satisfied = 0 } = counts.sipas[element] ?? {};
      return {
        element,
        label: SIPAS_ELEMENT_LABELS[element],
        answers: count,
        average: ratio(sum, count),
        satisfactionRate: ratio(satisfied, count),
      };
    }),
    conduct: CONDUCT_ITEMS.map((item) => {
      const { yes = 0, no = 0, notApplicable = 0 } = counts.conduct[item] ?? {};
      return {
        item,
        group: CONDUCT_ITEM_DESCRIPTIONS[item].group,
        label: CONDUCT_ITEM_DESCRIPTIONS[item].label,
        yes,
        no,
        notApplicable,
        yesShare: ratio(yes, yes + no),
      };
    }),
  };
}
