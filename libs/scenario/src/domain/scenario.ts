import { calendarDaysBetween, isRealCalendarDate } from '@libs/clock';

import { ExpectedFigures, REPORT_COUNT_KEYS, REPORT_RATE_KEYS } from './report';

/** Overall ratings on the survey's 5-point scale, from 1 to 5. */
export const SURVEY_RATINGS = [
  'veryDissatisfied',
  'dissatisfied',
  'neutral',
  'satisfied',
  'verySatisfied',
] as const;
export type SurveyRating = (typeof SURVEY_RATINGS)[number];

export interface ProcedureCounts {
  procedure: string;
  count: number;
  late: number;
  online: number;
}

export interface Scenario {
  name: string;
  description?: string;
  commune: string;
  period: { from: string; to: string };
  seed: number;
  dossiers: ProcedureCounts[];
  surveys: Record<SurveyRating, number>;
  feedback: { suggestionBoxes: number; submissions: number; answeredLate: number };
  /** The figures the report must show; only the keys given are compared. */
  expect?: ExpectedFigures;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** A scenario file that cannot be run; nothing was sent to the system. */
export class ScenarioFileError extends Error {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(`Invalid scenario file: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    this.name = 'ScenarioFileError';
  }
}

/** Scenario names become part of idempotency keys (letters, digits, . _ : -). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const COMMUNE = /^\d{5}$/;
const PROCEDURE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** One year of office life at most: keeps a run (and a mistaken file) bounded. */
const MAX_PERIOD_DAYS = 366;
const MAX_RECORDS = 200_000;

const TOP_KEYS = [
  'name',
  'description',
  'commune',
  'period',
  'seed',
  'dossiers',
  'surveys',
  'feedback',
  'expect',
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Checker {
  readonly problems: FieldProblem[] = [];

  fail(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  unknownKeys(value: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.fail(`${prefix}${key}`, 'unknown field');
      }
    }
  }

  count(value: unknown, field: string, max = MAX_RECORDS): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      this.fail(field, `must be a whole number from 0 to ${max}`);
      return 0;
    }
    return value;
  }

  object(value: unknown, field: string): Record<string, unknown> | undefined {
    if (!isObject(value)) {
      this.fail(field, 'must be an object');
      return undefined;
    }
    return value;
  }
}

/**
 * Reads a scenario file's JSON. `communeExists` checks the 5-digit code against the 2025
 * list. Every problem is reported with its field, e.g. `dossiers[2].late`.
 */
export function parseScenario(raw: unknown, communeExists: (code: string) => boolean): Scenario {
  const check = new Checker();
  if (!isObject(raw)) {
    throw new ScenarioFileError([{ field: '(file)', message: 'must be a JSON object' }]);
  }
  check.unknownKeys(raw, TOP_KEYS, '');

  const name = raw.name;
  if (typeof name !== 'string' || !NAME.test(name)) {
    check.fail('name', 'must be 1–40 letters, digits, dots, dashes or underscores');
  }
  if (raw.description !== undefined && typeof raw.description !== 'string') {
    check.fail('description', 'must be text');
  }
  const commune = raw.commune;
  if (typeof commune !== 'string' || !COMMUNE.test(commune)) {
    check.fail('commune', 'must be a 5-digit commune code');
  } else if (!communeExists(commune)) {
    check.fail('commune', `${commune} is not a commune of the 2025 list`);
  }
  const seed = raw.seed;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    check.fail('seed', 'must be a whole number');
  }

  const period = check.object(raw.period, 'period');
  if (period) {
    check.unknownKeys(period, ['from', 'to'], 'period.');
    for (const end of ['from', 'to'] as const) {
      const value = period[end];
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        check.fail(`period.${end}`, 'must be a date YYYY-MM-DD');
      } else if (!isRealCalendarDate(value)) {
        check.fail(`period.${end}`, `${value} is not a real date`);
      }
    }
    if (check.problems.every((p) => !p.field.startsWith('period.'))) {
      const days = calendarDaysBetween(period.from as string, period.to as string);
      if (days < 0) {
        check.fail('period.to', 'must not be before period.from');
      } else if (days >= MAX_PERIOD_DAYS) {
        check.fail('period.to', `the period may span at most ${MAX_PERIOD_DAYS} days`);
      }
    }
  }

  let returned = 0;
  if (!Array.isArray(raw.dossiers)) {
    check.fail('dossiers', 'must be a list');
  } else {
    const seen = new Set<string>();
    raw.dossiers.forEach((entry: unknown, index) => {
      const at = `dossiers[${index}]`;
      const row = check.object(entry, at);
      if (!row) {
        return;
      }
      check.unknownKeys(row, ['procedure', 'count', 'late', 'online'], `${at}.`);
      if (typeof row.procedure !== 'string' || !PROCEDURE.test(row.procedure)) {
        check.fail(`${at}.procedure`, 'must be a procedure key such as copy-certification');
      } else if (seen.has(row.procedure)) {
        check.fail(`${at}.procedure`, `${row.procedure} is listed twice`);
      } else {
        seen.add(row.procedure);
      }
      const count = check.count(row.count, `${at}.count`);
      if (check.count(row.late, `${at}.late`) > count) {
        check.fail(`${at}.late`, `must not exceed count (${count})`);
      }
      if (check.count(row.online, `${at}.online`) > count) {
        check.fail(`${at}.online`, `must not exceed count (${count})`);
      }
      returned += count;
    });
  }

  const surveys = check.object(raw.surveys, 'surveys');
  if (surveys) {
    check.unknownKeys(surveys, SURVEY_RATINGS, 'surveys.');
    const answers = SURVEY_RATINGS.reduce(
      (sum, rating) => sum + check.count(surveys[rating] ?? 0, `surveys.${rating}`),
      0,
    );
    if (answers > returned) {
      check.fail('surveys', `${answers} answers but only ${returned} returned dossiers`);
    }
  }

  const feedback = check.object(raw.feedback, 'feedback');
  if (feedback) {
    check.unknownKeys(feedback, ['suggestionBoxes', 'submissions', 'answeredLate'], 'feedback.');
    check.count(feedback.suggestionBoxes, 'feedback.suggestionBoxes', 1000);
    const submissions = check.count(feedback.submissions, 'feedback.submissions');
    if (check.count(feedback.answeredLate, 'feedback.answeredLate') > submissions) {
      check.fail('feedback.answeredLate', `must not exceed submissions (${submissions})`);
    }
  }

  if (raw.expect !== undefined) {
    checkExpect(raw.expect, check);
  }

  if (check.problems.length > 0) {
    throw new ScenarioFileError(check.problems);
  }
  const ratings = raw.surveys as Record<string, number>;
  return {
    name: name as string,
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    commune: commune as string,
    period: { from: (period as { from: string }).from, to: (period as { to: string }).to },
    seed: seed as number,
    dossiers: (raw.dossiers as ProcedureCounts[]).map(({ procedure, count, late, online }) => ({
      procedure,
      count,
      late,
      online,
    })),
    surveys: Object.fromEntries(
      SURVEY_RATINGS.map((rating) => [rating, ratings[rating] ?? 0]),
    ) as Record<SurveyRating, number>,
    feedback: {
      suggestionBoxes: (raw.feedback as Scenario['feedback']).suggestionBoxes,
      submissions: (raw.feedback as Scenario['feedback']).submissions,
      answeredLate: (raw.feedback as Scenario['feedback']).answeredLate,
    },
    ...(raw.expect !== undefined ? { expect: raw.expect as ExpectedFigures } : {}),
  };
}

function checkExpect(value: unknown, check: Checker): void {
  const expect = check.object(value, 'expect');
  if (!expect) {
    return;
  }
  check.unknownKeys(expect, [...REPORT_COUNT_KEYS, ...REPORT_RATE_KEYS, 'letters'], 'expect.');
  for (const key of REPORT_COUNT_KEYS) {
    if (expect[key] !== undefined) {
      check.count(expect[key], `expect.${key}`, Number.MAX_SAFE_INTEGER);
    }
  }
  for (const key of REPORT_RATE_KEYS) {
    const rate = expect[key];
    if (rate !== undefined && (typeof rate !== 'number' || !(rate >= 0 && rate <= 1))) {
      check.fail(`expect.${key}`, 'must be a rate from 0 to 1');
    }
  }
  if (expect.letters !== undefined) {
    const letters = check.object(expect.letters, 'expect.letters');
    if (letters) {
      const kinds = ['congratulation', 'condolence', 'apology', 'thankYou'];
      check.unknownKeys(letters, kinds, 'expect.letters.');
      for (const kind of kinds) {
        if (letters[kind] !== undefined) {
          check.count(letters[kind], `expect.letters.${kind}`, Number.MAX_SAFE_INTEGER);
        }
      }
    }
  }
}
