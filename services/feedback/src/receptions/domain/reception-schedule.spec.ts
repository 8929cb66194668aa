import { DomainError } from '@libs/errors';

import { checkReceptionSchedule, withSchedule } from './reception-schedule';
import { weeklyReceptionCompliance } from './weekly-reception';

const context = {
  communeCode: '14797',
  provinceCode: '38',
  now: new Date('2026-03-02T02:00:00Z'),
  setBy: 'leader-14797',
};
const thursdays = {
  weekdays: [4],
  startTime: '08:00',
  endTime: '11:00',
  place: 'Phòng tiếp công dân, trụ sở UBND phường',
  effectiveFrom: '2026-01-05',
};

function fieldsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) {
      return error.fields.map((field) => field.field);
    }
    throw error;
  }
  return [];
}

describe('the chairman’s citizen reception day (Luật Tiếp công dân 2013 Art. 15(2)(d))', () => {
  it('should require at least one working weekday a week', () => {
    expect(fieldsOf(() => checkReceptionSchedule({ ...thursdays, weekdays: [] }, context))).toEqual(
      ['weekdays'],
    );
    expect(
      fieldsOf(() => checkReceptionSchedule({ ...thursdays, weekdays: [6] }, context)),
    ).toEqual(['weekdays']);
    expect(
      fieldsOf(() =>
        checkReceptionSchedule(
          { ...thursdays, startTime: '11:00', endTime: '08:00', place: ' ' },
          context,
        ),
      ),
    ).toEqual(['endTime', 'place']);
    expect(checkReceptionSchedule({ ...thursdays, weekdays: [4, 2, 4] }, context).weekdays).toEqual(
      [2, 4],
    );
  });

  it('should flag a week whose scheduled Thursday passed with no reception', () => {
    const schedule = checkReceptionSchedule(thursdays, context);
    const now = new Date('2026-03-16T02:00:00Z'); // Monday 16 March
    const weeks = withSchedule(
      weeklyReceptionCompliance(['2026-03-05'], { from: '2026-03-02', to: '2026-03-15' }, now),
      schedule,
      now,
    );
    expect(weeks).toEqual([
      expect.objectContaining({
        weekStart: '2026-03-02',
        status: 'held',
        scheduledOn: ['2026-03-05'],
        missedScheduledDays: [],
      }),
      expect.objectContaining({
        weekStart: '2026-03-09',
        status: 'missed',
        scheduledOn: ['2026-03-12'],
        missedScheduledDays: ['2026-03-12'],
      }),
    ]);
  });

  it('should not owe a scheduled day that falls on a holiday, nor one before the schedule', () => {
    const schedule = checkReceptionSchedule(
      { ...thursdays, weekdays: [4], effectiveFrom: '2026-04-01' },
      context,
    );
    const now = new Date('2026-05-04T02:00:00Z');
    // Thursday 30 April 2026 is Reunification Day; Thursday 26 March predates the schedule.
    const weeks = withSchedule(
      weeklyReceptionCompliance([], { from: '2026-03-23', to: '2026-05-03' }, now),
      schedule,
      now,
    );
    expect(weeks.find((week) => week.weekStart === '2026-03-23')?.scheduledOn).toEqual([]);
    expect(weeks.find((week) => week.weekStart === '2026-04-27')?.scheduledOn).toEqual([]);
    expect(weeks.find((week) => week.weekStart === '2026-04-27')?.status).toBe('missed');
  });
});
