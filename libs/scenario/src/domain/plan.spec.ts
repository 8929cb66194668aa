import { isWithinOfficeHours, VietnamWorkingCalendar } from '@libs/calendar';
import { calendarDaysBetween, endOfVietnamDay, vietnamCalendarDate } from '@libs/clock';

import { planScenario, ProcedureFacts } from './plan';
import { Scenario, ScenarioFileError } from './scenario';

const PROCEDURES = new Map<string, ProcedureFacts>(
  [
    {
      key: 'birth-registration',
      processingWorkingDays: 0,
      cutoff: '15:00',
      civilStatusOutcome: 'birth',
    },
    {
      key: 'marriage-registration',
      processingWorkingDays: 0,
      cutoff: '15:00',
      civilStatusOutcome: 'marriage',
    },
    {
      key: 'death-registration',
      processingWorkingDays: 0,
      cutoff: '15:00',
      civilStatusOutcome: 'death',
    },
    {
      key: 'copy-certification',
      processingWorkingDays: 0,
      cutoff: '15:00',
      civilStatusOutcome: 'none',
    },
    { key: 'land-dispute-mediation', processingWorkingDays: 10, civilStatusOutcome: 'none' },
  ].map((procedure) => [procedure.key, procedure]),
);

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    name: 'test-quarter',
    commune: '14797',
    period: { from: '2022-01-01', to: '2022-03-31' },
    seed: 7,
    dossiers: [
      { procedure: 'birth-registration', count: 40, late: 0, online: 40 },
      { procedure: 'death-registration', count: 20, late: 0, online: 5 },
      { procedure: 'marriage-registration', count: 10, late: 2, online: 0 },
      { procedure: 'copy-certification', count: 300, late: 6, online: 0 },
      { procedure: 'land-dispute-mediation', count: 30, late: 4, online: 0 },
    ],
    surveys: { veryDissatisfied: 1, dissatisfied: 2, neutral: 3, satisfied: 50, verySatisfied: 40 },
    feedback: { suggestionBoxes: 3, submissions: 12, answeredLate: 2 },
    ...overrides,
  };
}

const calendar = new VietnamWorkingCalendar();
const periodEnd = endOfVietnamDay('2022-03-31');

describe('planScenario', () => {
  const plan = planScenario(scenario(), PROCEDURES, '38');

  it('should give the same records for the same name and seed, and others for another seed', () => {
    expect(JSON.stringify(planScenario(scenario(), PROCEDURES, '38'))).toBe(JSON.stringify(plan));
    expect(JSON.stringify(planScenario(scenario({ seed: 8 }), PROCEDURES, '38'))).not.toBe(
      JSON.stringify(plan),
    );
  });

  it('should respect the counts per procedure, late and online', () => {
    for (const row of scenario().dossiers) {
      const rows = plan.dossiers.filter((dossier) => dossier.procedure === row.procedure);
      expect(rows).toHaveLength(row.count);
      expect(rows.filter((dossier) => dossier.late)).toHaveLength(row.late);
      expect(rows.filter((dossier) => dossier.online)).toHaveLength(row.online);
    }
    expect(new Set(plan.dossiers.map((dossier) => dossier.ref)).size).toBe(400);
  });

  it('should receive on working days in office hours and return inside the period', () => {
    for (const dossier of plan.dossiers) {
      expect(calendar.isWorkingDay(vietnamCalendarDate(dossier.receivedAt))).toBe(true);
      expect(isWithinOfficeHours(dossier.receivedAt, '38')).toBe(true);
      expect(vietnamCalendarDate(dossier.receivedAt) >= '2022-01-01').toBe(true);
      expect(dossier.processedAt.getTime()).toBeGreaterThanOrEqual(dossier.receivedAt.getTime());
      expect(dossier.returnedAt.getTime()).toBeGreaterThanOrEqual(dossier.processedAt.getTime());
      expect(dossier.returnedAt.getTime()).toBeLessThanOrEqual(periodEnd.getTime());
    }
  });

  it('should return on-time dossiers at or before the due time and late ones after it', () => {
    for (const dossier of plan.dossiers) {
      if (dossier.late) {
        expect(dossier.returnedAt.getTime()).toBeGreaterThan(dossier.dueAt.getTime());
        expect(dossier.returnedAt.getTime()).toBeLessThanOrEqual(dossier.late.newDueAt.getTime());
        expect(dossier.late.apologyAt.getTime()).toBeLessThan(dossier.dueAt.getTime());
        expect(dossier.late.apologyAt.getTime()).toBeGreaterThan(dossier.receivedAt.getTime());
      } else {
        expect(dossier.returnedAt.getTime()).toBeLessThanOrEqual(dossier.dueAt.getTime());
      }
    }
  });

  it('should apologise a working day ahead when the legal time allows it', () => {
    const longLate = plan.dossiers.filter(
      (dossier) => dossier.late && dossier.procedure === 'land-dispute-mediation',
    );
    expect(longLate).toHaveLength(4);
    for (const dossier of longLate) {
      const apologyDay = vietnamCalendarDate(dossier.late?.apologyAt as Date);
      expect(apologyDay < vietnamCalendarDate(dossier.dueAt)).toBe(true);
      expect(calendar.isWorkingDay(vietnamCalendarDate(dossier.late?.newDueAt as Date))).toBe(true);
    }
  });

  it('should register births within 60 days and deaths within 15, so each letter has its occasion', () => {
    for (const dossier of plan.dossiers) {
      const receiptDay = vietnamCalendarDate(dossier.receivedAt);
      const civil = dossier.civilStatus;
      if (civil?.kind === 'birth') {
        const days = calendarDaysBetween(civil.child.dateOfBirth, receiptDay);
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThan(60);
        expect(civil.child.familyName).toBe(civil.father.familyName);
      }
      if (civil?.kind === 'death') {
        const days = calendarDaysBetween(civil.deceased.dateOfDeath, receiptDay);
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThan(15);
      }
    }
    expect(plan.dossiers.filter((d) => d.civilStatus?.kind === 'marriage')).toHaveLength(10);
  });

  it('should give each survey rating to a distinct returned dossier, answered after the return', () => {
    const answered = plan.dossiers.filter((dossier) => dossier.survey);
    const byRating = [1, 2, 3, 4, 5].map(
      (rating) => answered.filter((dossier) => dossier.survey?.rating === rating).length,
    );
    expect(byRating).toEqual([1, 2, 3, 50, 40]);
    for (const dossier of answered) {
      expect(dossier.survey?.answeredAt.getTime()).toBeGreaterThanOrEqual(
        dossier.returnedAt.getTime(),
      );
      expect(dossier.survey?.answeredAt.getTime()).toBeLessThanOrEqual(periodEnd.getTime());
    }
  });

  it('should plan the boxes and every submission with contact details, on working days', () => {
    expect(plan.boxes).toHaveLength(3);
    expect(plan.feedback).toHaveLength(12);
    expect(plan.feedback.filter((item) => item.answeredLate)).toHaveLength(2);
    for (const item of plan.feedback) {
      expect(item.box).toBeGreaterThanOrEqual(0);
      expect(item.writer.phone).toMatch(/^09\d{8}$/);
      expect(calendar.isWorkingDay(item.submittedOn)).toBe(true);
    }
  });

  it('should refuse a procedure the catalogue lacks and a period too short, naming the row', () => {
    const unknown = scenario({
      dossiers: [{ procedure: 'no-such-procedure', count: 1, late: 0, online: 0 }],
      surveys: { veryDissatisfied: 0, dissatisfied: 0, neutral: 0, satisfied: 0, verySatisfied: 0 },
    });
    expect(() => planScenario(unknown, PROCEDURES, '38')).toThrow(ScenarioFileError);
    const short = scenario({
      period: { from: '2022-03-30', to: '2022-03-31' },
      dossiers: [{ procedure: 'land-dispute-mediation', count: 1, late: 0, online: 0 }],
      surveys: { veryDissatisfied: 0, dissatisfied: 0, neutral: 0, satisfied: 0, verySatisfied: 0 },
    });
    expect(() => planScenario(short, PROCEDURES, '38')).toThrow(
      /dossiers\[0\]: the period is too short/,
    );
  });
});
