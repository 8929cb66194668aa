import {
  dueAt,
  extendDue,
  HourMinute,
  isWithinOfficeHours,
  nextOfficeOpening,
  VietnamWorkingCalendar,
} from '@libs/calendar';
import {
  addCalendarDays,
  endOfVietnamDay,
  startOfVietnamDay,
  vietnamCalendarDate,
} from '@libs/clock';

import { Person, person, streetAddress } from './people';
import { SeededRandom } from './random';
import { FieldProblem, Scenario, ScenarioFileError, SURVEY_RATINGS } from './scenario';

/** What the runner needs to know of a procedure, as GET /v1/procedures lists it. */
export interface ProcedureFacts {
  key: string;
  processingWorkingDays: number;
  cutoff?: string;
  civilStatusOutcome: string;
}

export type CivilStatusDetails =
  | { kind: 'birth'; child: Person & { dateOfBirth: string }; father: Person; mother: Person }
  | { kind: 'marriage'; husband: Person; wife: Person }
  | { kind: 'death'; deceased: Person & { dateOfDeath: string }; family: Person };

export interface PlannedDossier {
  /** Place in the scenario: procedure row and number within it, e.g. `d2-0041`. */
  ref: string;
  procedure: string;
  online: boolean;
  applicant: Person & { addressLine: string };
  civilStatus?: CivilStatusDetails;
  receivedAt: Date;
  dueAt: Date;
  processedAt: Date;
  returnedAt: Date;
  /** The legal late flow: apology with the one new appointment, before the due time. */
  late?: { apologyAt: Date; newDueAt: Date };
  payment: { method: 'cash' | 'cashless'; paidAt: Date };
  /** The overall rating (1–5) and when it was given, if this citizen answers the survey. */
  survey?: { rating: number; answeredAt: Date };
}

export interface PlannedFeedback {
  ref: string;
  /** Index of the suggestion box it was found in, or undefined when submitted online. */
  box?: number;
  submittedOn: string;
  writer: Person & { phone: string; addressLine: string };
  answeredLate: boolean;
}

export interface ScenarioPlan {
  provinceCode: string;
  dossiers: PlannedDossier[];
  boxes: { ref: string; name: string }[];
  feedback: PlannedFeedback[];
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const BIRTH_WINDOW_DAYS = 60;
const DEATH_WINDOW_DAYS = 15;
const CASHLESS_SHARE = 0.4;
const calendar = new VietnamWorkingCalendar();

function workingDaysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
    if (calendar.isWorkingDay(day)) {
      days.push(day);
    }
  }
  return days;
}

/** A moment inside office hours on `day`, uniformly over the open minutes. */
function officeMoment(day: string, random: SeededRandom, provinceCode: string): Date {
  const open = nextOfficeOpening(startOfVietnamDay(day), provinceCode);
  for (;;) {
    const candidate = new Date(open.getTime() + random.int(0, 9 * 60 - 1) * MINUTE_MS);
    if (isWithinOfficeHours(candidate, provinceCode)) {
      return candidate;
    }
  }
}

function between(from: Date, to: Date, random: SeededRandom): Date {
  return new Date(from.getTime() + Math.floor(random.next() * (to.getTime() - from.getTime())));
}

/**
 * Turns a scenario's counts into dated records, the same for the same name and seed:
 * receipts on the period's working days in office hours; on-time returns at or before the
 * due time, late ones after it with the apology and one new appointment before it; births
 * registered within 60 days and deaths within 15, so every letter has a real occasion.
 */
export function planScenario(
  scenario: Scenario,
  procedures: ReadonlyMap<string, ProcedureFacts>,
  provinceCode: string,
): ScenarioPlan {
  const problems: FieldProblem[] = [];
  const periodEnd = endOfVietnamDay(scenario.period.to);
  const days = workingDaysOf(scenario.period.from, scenario.period.to);
  const dossiers: PlannedDossier[] = [];

  scenario.dossiers.forEach((row, rowIndex) => {
    const procedure = procedures.get(row.procedure);
    if (!procedure) {
      problems.push({
        field: `dossiers[${rowIndex}].procedure`,
        message: `${row.procedure} is not in the commune's procedure catalogue`,
      });
      return;
    }
    if (row.count > 0 && days.length === 0) {
      problems.push({ field: 'period', message: 'has no working day to receive dossiers on' });
      return;
    }
    const random = new SeededRandom(scenario.name, scenario.seed, 'dossiers', row.procedure);
    const lateIndexes = new Set(random.shuffle([...Array(row.count).keys()]).slice(0, row.late));
    const onlineIndexes = new Set(
      random.shuffle([...Array(row.count).keys()]).slice(0, row.online),
    );
    for (let i = 0; i < row.count; i++) {
      const late = lateIndexes.has(i);
      const planned = planDossier(procedure, late, random, days, periodEnd, provinceCode);
      if (!planned) {
        problems.push({
          field: `dossiers[${rowIndex}]`,
          message: `the period is too short to receive and return a${late ? ' late' : ''} ${row.procedure} dossier inside it`,
        });
        return;
      }
      dossiers.push({
        ref: `d${rowIndex}-${String(i).padStart(5, '0')}`,
        procedure: row.procedure,
        online: onlineIndexes.has(i),
        applicant: { ...person(random), addressLine: streetAddress(random) },
        ...civilStatusFor(procedure, planned.receivedAt, random),
        ...planned,
        payment: {
          method: random.next() < CASHLESS_SHARE ? 'cashless' : 'cash',
          paidAt: new Date(planned.receivedAt.getTime() + MINUTE_MS),
        },
      });
    }
  });
  if (problems.length > 0) {
    throw new ScenarioFileError(problems);
  }
  // Receipts in time order: the system sees the year as it happened.
  dossiers.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  assignSurveys(scenario, dossiers, periodEnd);
  return { provinceCode, dossiers, ...planFeedback(scenario, days) };
}

function planDossier(
  procedure: ProcedureFacts,
  late: boolean,
  random: SeededRandom,
  days: readonly string[],
  periodEnd: Date,
  provinceCode: string,
): Pick<PlannedDossier, 'receivedAt' | 'dueAt' | 'processedAt' | 'returnedAt' | 'late'> | null {
  const options = {
    provinceCode,
    ...(procedure.cutoff ? { cutoff: procedure.cutoff as HourMinute } : {}),
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    const receivedAt = officeMoment(random.pick(days), random, provinceCode);
    const due = dueAt(receivedAt, procedure.processingWorkingDays, options);
    if (!late) {
      if (due > periodEnd) {
        continue;
      }
      const returnedAt = between(new Date(receivedAt.getTime() + 5 * MINUTE_MS), due, random);
      const processedAt = between(receivedAt, returnedAt, random);
      return { receivedAt, dueAt: due, processedAt, returnedAt };
    }
    const newDueAt = extendDue(due, random.int(1, 3), provinceCode);
    if (newDueAt > periodEnd) {
      continue;
    }
    // A working day before the due day when the law's time allows; else as soon as it is known.
    const dayBefore = extendDue(due, 0, provinceCode).getTime() - 24 * HOUR_MS;
    const apologyAt =
      procedure.processingWorkingDays >= 1 &&
      dayBefore - HOUR_MS > receivedAt.getTime() &&
      isWithinOfficeHours(new Date(dayBefore - HOUR_MS), provinceCode)
        ? new Date(dayBefore - HOUR_MS)
        : new Date(receivedAt.getTime() + 10 * MINUTE_MS);
    // Returned on the new appointment's day, inside office hours, after the original due time.
    const returnedAt = new Date(newDueAt.getTime() - random.int(5, 8 * 60) * MINUTE_MS);
    const processedAt = new Date(returnedAt.getTime() - 5 * MINUTE_MS);
    if (returnedAt <= due || apologyAt >= due) {
      continue;
    }
    return { receivedAt, dueAt: due, processedAt, returnedAt, late: { apologyAt, newDueAt } };
  }
  return null;
}

function civilStatusFor(
  procedure: ProcedureFacts,
  receivedAt: Date,
  random: SeededRandom,
): { civilStatus?: CivilStatusDetails } {
  const receiptDay = vietnamCalendarDate(receivedAt);
  switch (procedure.civilStatusOutcome) {
    case 'birth': {
      const father = person(random, 'male');
      const child = person(random, random.next() < 0.5 ? 'male' : 'female', father.familyName);
      // Registered within the law's 60 days (a margin of a few days for the processing day).
      const dateOfBirth = addCalendarDays(receiptDay, -random.int(0, BIRTH_WINDOW_DAYS - 5));
      return {
        civilStatus: {
          kind: 'birth',
          child: { ...child, dateOfBirth },
          father,
          mother: person(random, 'female'),
        },
      };
    }
    case 'marriage':
      return {
        civilStatus: {
          kind: 'marriage',
          husband: person(random, 'male'),
          wife: person(random, 'female'),
        },
      };
    case 'death': {
      const deceased = person(random);
      const dateOfDeath = addCalendarDays(receiptDay, -random.int(0, DEATH_WINDOW_DAYS - 3));
      return {
        civilStatus: {
          kind: 'death',
          deceased: { ...deceased, dateOfDeath },
          family: person(random, undefined, deceased.familyName),
        },
      };
    }
    default:
      return {};
  }
}

/** Ratings go to randomly chosen returned dossiers, answered soon after the return. */
function assignSurveys(scenario: Scenario, dossiers: PlannedDossier[], periodEnd: Date): void {
  const random = new SeededRandom(scenario.name, scenario.seed, 'surveys');
  const ratings = SURVEY_RATINGS.flatMap((rating, index) =>
    Array<number>(scenario.surveys[rating]).fill(index + 1),
  );
  const chosen = random.shuffle([...dossiers.keys()]).slice(0, ratings.length);
  chosen.sort((a, b) => a - b);
  random.shuffle(ratings).forEach((rating, index) => {
    const dossier = dossiers[chosen[index]];
    const answeredAt = new Date(
      Math.min(
        dossier.returnedAt.getTime() + random.int(2, 48 * 60) * MINUTE_MS,
        periodEnd.getTime(),
      ),
    );
    dossier.survey = { rating, answeredAt };
  });
}

function planFeedback(
  scenario: Scenario,
  days: readonly string[],
): Pick<ScenarioPlan, 'boxes' | 'feedback'> {
  const random = new SeededRandom(scenario.name, scenario.seed, 'feedback');
  const { suggestionBoxes, submissions, answeredLate } = scenario.feedback;
  const boxes = Array.from({ length: suggestionBoxes }, (_, index) => ({
    ref: `b${String(index).padStart(3, '0')}`,
    name: `Hòm thư góp ý số ${index + 1}`,
  }));
  const late = new Set(random.shuffle([...Array(submissions).keys()]).slice(0, answeredLate));
  const feedback: PlannedFeedback[] = [];
  for (let i = 0; i < submissions; i++) {
    // Through the boxes when the commune has any: an opening is recorded once per key, so a
    // second run adds nothing; online submissions carry no idempotency key.
    const box = boxes.length > 0 ? random.int(0, boxes.length - 1) : undefined;
    const writer = person(random);
    feedback.push({
      ref: `f${String(i).padStart(4, '0')}`,
      ...(box !== undefined ? { box } : {}),
      submittedOn: days.length > 0 ? random.pick(days) : scenario.period.from,
      writer: {
        ...writer,
        phone: `09${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        addressLine: streetAddress(random),
      },
      answeredLate: late.has(i),
    });
  }
  feedback.sort((a, b) => a.submittedOn.localeCompare(b.submittedOn));
  return { boxes, feedback };
}
