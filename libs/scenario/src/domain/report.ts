/** The figures of a commune's report that a scenario's `expect` names (FORMAT.md). */
export interface ReportFigures {
  dossiersReceived: number;
  dossiersReturned: number;
  dossiersLate: number;
  onTimeRate: number | null;
  letters: { congratulation: number; condolence: number; apology: number; thankYou: number };
  surveyResponses: number;
  satisfactionRate: number | null;
  feedbackReceived: number;
  feedbackAnsweredOnTime: number;
}

/** What a scenario's `expect` may name: any of the figures, letters kind by kind. */
export type ExpectedFigures = Partial<Omit<ReportFigures, 'letters'>> & {
  letters?: Partial<ReportFigures['letters']>;
};

export const REPORT_COUNT_KEYS = [
  'dossiersReceived',
  'dossiersReturned',
  'dossiersLate',
  'surveyResponses',
  'feedbackReceived',
  'feedbackAnsweredOnTime',
] as const;
export const REPORT_RATE_KEYS = ['onTimeRate', 'satisfactionRate'] as const;
export const LETTER_KEYS = ['congratulation', 'condolence', 'apology', 'thankYou'] as const;

export interface Difference {
  key: string;
  expected: unknown;
  actual: unknown;
}

/** Rates agree when they round to the same 4 decimals (FORMAT.md). */
function sameRate(expected: number, actual: unknown): boolean {
  return typeof actual === 'number' && Math.round(expected * 1e4) === Math.round(actual * 1e4);
}

/**
 * The keys where the report differs from `expect`: counts exactly, rates to 4 decimals.
 * A key the report lacks counts as a difference; keys `expect` leaves out are not compared.
 */
export function compareReport(
  expect: ExpectedFigures,
  report: Record<string, unknown>,
): Difference[] {
  const differences: Difference[] = [];
  for (const key of REPORT_COUNT_KEYS) {
    const expected = expect[key];
    if (expected !== undefined && report[key] !== expected) {
      differences.push({ key, expected, actual: report[key] });
    }
  }
  for (const key of REPORT_RATE_KEYS) {
    const expected = expect[key];
    if (expected === undefined) {
      continue;
    }
    const matches = expected === null ? report[key] === null : sameRate(expected, report[key]);
    if (!matches) {
      differences.push({ key, expected, actual: report[key] });
    }
  }
  const letters = report.letters as Record<string, unknown> | undefined;
  for (const kind of LETTER_KEYS) {
    const expected = expect.letters?.[kind];
    if (expected !== undefined && letters?.[kind] !== expected) {
      differences.push({ key: `letters.${kind}`, expected, actual: letters?.[kind] });
    }
  }
  return differences;
}

/** Only the figures the format names, in its order: what the runner prints. */
export function reportFigures(report: Record<string, unknown>): Record<string, unknown> {
  const letters = (report.letters ?? {}) as Record<string, unknown>;
  return {
    dossiersReceived: report.dossiersReceived,
    dossiersReturned: report.dossiersReturned,
    dossiersLate: report.dossiersLate,
    onTimeRate: report.onTimeRate,
    letters: Object.fromEntries(LETTER_KEYS.map((kind) => [kind, letters[kind]])),
    surveyResponses: report.surveyResponses,
    satisfactionRate: report.satisfactionRate,
    feedbackReceived: report.feedbackReceived,
    feedbackAnsweredOnTime: report.feedbackAnsweredOnTime,
  };
}
