import { LETTER_KINDS, LetterKind } from '@libs/contracts';

/** Counters summed over the days of a period (see the projections' DayCounts). */
export type PeriodCounts = Record<string, number>;

export function sumCounts(days: readonly { counts: Record<string, number> }[]): PeriodCounts {
  const total: PeriodCounts = {};
  for (const { counts } of days) {
    for (const [counter, value] of Object.entries(counts)) {
      total[counter] = (total[counter] ?? 0) + value;
    }
  }
  return total;
}

export interface LetterFigures {
  /** Birth and marriage congratulations. */
  congratulation: number;
  condolence: number;
  /** Apologies for a late dossier, before (apology) or after (overdue-apology) its due time. */
  apology: number;
  thankYou: number;
  byKind: Record<LetterKind, number>;
}

export interface CommuneFigures {
  hasData: boolean;
  dossiersReceived: number;
  dossiersReceivedOnline: number;
  dossiersReturned: number;
  dossiersOnTime: number;
  dossiersLate: number;
  /** Returned on or before the due time ÷ returned; null when nothing was returned. */
  onTimeRate: number | null;
  dossiersOverdue: number;
  processingTime: { averageHours: number | null; p90Hours: number | null };
  /** Received online ÷ received. */
  onlineShare: number | null;
  feePayments: number;
  /** Cashless fee payments ÷ fee payments. */
  cashlessShare: number | null;
  civilStatus: { births: number; marriages: number; deaths: number };
  letters: LetterFigures;
  surveyResponses: number;
  surveyRatings: Record<'1' | '2' | '3' | '4' | '5', number>;
  /** (satisfied + very satisfied) ÷ answers; null without answers. */
  satisfactionRate: number | null;
  feedbackReceived: number;
  feedbackWithContact: number;
  feedbackAnswered: number;
  feedbackAnsweredOnTime: number;
  feedbackAnsweredLate: number;
  /** Answered on time ÷ answered with a response deadline. */
  feedbackOnTimeRate: number | null;
  feedbackEscalated: number;
  feedbackFromSurveys: number;
}

/** Rates to six decimals: exact enough for any comparison, free of float noise (1 stays 1). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1e6) / 1e6;
}

/**
 * The 90th percentile (nearest rank) of processing times from the per-day histograms of
 * whole hours, rounded up: exact to the hour, whatever the period.
 */
export function p90Hours(counts: PeriodCounts): number | null {
  const histogram = Object.entries(counts)
    .filter(([counter]) => counter.startsWith('hours:'))
    .map(([counter, value]) => [Number(counter.slice('hours:'.length)), value] as const)
    .filter(([, value]) => value > 0)
    .sort(([a], [b]) => a - b);
  const total = histogram.reduce((sum, [, value]) => sum + value, 0);
  if (total === 0) {
    return null;
  }
  const rank = Math.ceil(0.9 * total);
  let seen = 0;
  for (const [hours, value] of histogram) {
    seen += value;
    if (seen >= rank) {
      return hours;
    }
  }
  return null;
}

export function figuresFrom(counts: PeriodCounts): CommuneFigures {
  const n = (counter: string): number => counts[counter] ?? 0;
  const byKind = Object.fromEntries(
    LETTER_KINDS.map((kind) => [kind, n(`letter:${kind}`)]),
  ) as Record<LetterKind, number>;
  const returned = n('returned');
  const answers = n('surveyAnswers');
  const feedbackTimed = n('feedbackAnsweredOnTime') + n('feedbackAnsweredLate');
  return {
    hasData: Object.values(counts).some((value) => value > 0),
    dossiersReceived: n('received'),
    dossiersReceivedOnline: n('channel:online'),
    dossiersReturned: returned,
    dossiersOnTime: n('returnedOnTime'),
    dossiersLate: n('returnedLate'),
    onTimeRate: rate(n('returnedOnTime'), returned),
    dossiersOverdue: n('dossiersOverdue'),
    processingTime: {
      averageHours:
        returned === 0 ? null : Math.round((n('processingMinutes') / 60 / returned) * 100) / 100,
      p90Hours: p90Hours(counts),
    },
    onlineShare: rate(n('channel:online'), n('received')),
    feePayments: n('feePayments'),
    cashlessShare: rate(n('feePaymentsCashless'), n('feePayments')),
    civilStatus: { births: n('births'), marriages: n('marriages'), deaths: n('deaths') },
    letters: {
      congratulation: byKind['birth-congratulation'] + byKind['marriage-congratulation'],
      condolence: byKind['death-condolence'],
      apology: byKind.apology + byKind['overdue-apology'],
      thankYou: byKind['thank-you'],
      byKind,
    },
    surveyResponses: answers,
    surveyRatings: {
      '1': n('rating:1'),
      '2': n('rating:2'),
      '3': n('rating:3'),
      '4': n('rating:4'),
      '5': n('rating:5'),
    },
    satisfactionRate: rate(n('rating:4') + n('rating:5'), answers),
    feedbackReceived: n('feedbackReceived'),
    feedbackWithContact: n('feedbackWithContact'),
    feedbackAnswered: n('feedbackAnswered'),
    feedbackAnsweredOnTime: n('feedbackAnsweredOnTime'),
    feedbackAnsweredLate: n('feedbackAnsweredLate'),
    feedbackOnTimeRate: rate(n('feedbackAnsweredOnTime'), feedbackTimed),
    feedbackEscalated: n('feedbackEscalated'),
    feedbackFromSurveys: n('feedbackFromSurveys'),
  };
}
