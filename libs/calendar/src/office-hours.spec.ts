import { vn } from '@libs/testing';

import { CIVIL_STATUS_CUTOFF, OfficeHours } from './office-hours';
import { dueAt, subtractWorkingHours, workingHoursBetween } from './office-hours-by-province';

describe('office hours and due dates', () => {
  it('should make a dossier received Friday 13/2/2026 with 3 working days due after Tết', () => {
    // Tết break 14–22/2; working days 23, 24, 25/2.
    expect(dueAt(vn('2026-02-13T10:00:00'), 3)).toEqual(vn('2026-02-25T17:00:00'));
  });

  it('should start the clock the next working day when received after the 15:00 cut-off', () => {
    // Wednesday 11/3/2026 at 15:30: counts as received Thursday, due Friday.
    const receivedAt = vn('2026-03-11T15:30:00');
    expect(dueAt(receivedAt, 1, { cutoff: CIVIL_STATUS_CUTOFF })).toEqual(
      vn('2026-03-13T17:00:00'),
    );
    // Without a procedure cut-off, the receipt still counts for Wednesday.
    expect(dueAt(receivedAt, 1)).toEqual(vn('2026-03-12T17:00:00'));
    expect(dueAt(vn('2026-03-11T14:59:00'), 1, { cutoff: '15:00' })).toEqual(
      vn('2026-03-12T17:00:00'),
    );
  });

  it('should count a receipt on Saturday from Monday', () => {
    expect(dueAt(vn('2026-03-14T09:00:00'), 1)).toEqual(vn('2026-03-17T17:00:00'));
  });

  it('should return same-day procedures the same day before the cut-off, else next working day', () => {
    expect(dueAt(vn('2026-03-11T09:00:00'), 0, { cutoff: '15:00' })).toEqual(
      vn('2026-03-11T17:00:00'),
    );
    expect(dueAt(vn('2026-03-11T15:00:00'), 0, { cutoff: '15:00' })).toEqual(
      vn('2026-03-12T17:00:00'),
    );
    // Friday 27/2/2026 after hours: due Monday 2/3.
    expect(dueAt(vn('2026-02-27T18:30:00'), 0)).toEqual(vn('2026-03-02T17:00:00'));
  });

  it('should skip 30/4–4/5/2025 and count the make-up Saturday 26/4/2025', () => {
    expect(dueAt(vn('2025-04-29T09:00:00'), 2)).toEqual(vn('2025-05-06T17:00:00'));
    expect(dueAt(vn('2025-04-25T09:00:00'), 1)).toEqual(vn('2025-04-26T17:00:00'));
    // A receipt on the make-up Saturday counts that day.
    expect(dueAt(vn('2025-04-26T09:00:00'), 1)).toEqual(vn('2025-04-28T17:00:00'));
  });

  it('should use Vietnam time whatever the instant, e.g. 16:30 UTC is 23:30 in Vietnam', () => {
    // Thursday 12/3/2026 23:30 Vietnam time: after hours, counts as Friday 13/3.
    expect(dueAt(new Date('2026-03-12T16:30:00Z'), 1)).toEqual(new Date('2026-03-16T10:00:00Z'));
  });

  it('should count office hours, skipping lunch, nights, weekends and holidays', () => {
    expect(workingHoursBetween(vn('2026-03-11T08:00:00'), vn('2026-03-11T17:00:00'))).toBe(8);
    expect(workingHoursBetween(vn('2026-03-11T11:00:00'), vn('2026-03-11T14:30:00'))).toBe(2.5);
    expect(workingHoursBetween(vn('2026-03-13T16:00:00'), vn('2026-03-16T09:00:00'))).toBe(2);
    expect(workingHoursBetween(vn('2026-02-13T15:00:00'), vn('2026-02-23T10:00:00'))).toBe(4);
    expect(workingHoursBetween(vn('2026-03-16T09:00:00'), vn('2026-03-13T16:00:00'))).toBe(-2);
  });

  it('should find when a deadline is N working hours away', () => {
    const due = vn('2026-02-25T17:00:00');
    expect(subtractWorkingHours(due, 4)).toEqual(vn('2026-02-25T13:00:00'));
    expect(subtractWorkingHours(due, 8)).toEqual(vn('2026-02-25T08:00:00'));
    expect(subtractWorkingHours(due, 10)).toEqual(vn('2026-02-24T15:00:00'));
    expect(subtractWorkingHours(due, 0)).toEqual(due);
    // Across the Tết break: 2 h on Monday 23/2 morning, 2 h on Friday 13/2 afternoon.
    expect(subtractWorkingHours(vn('2026-02-23T10:00:00'), 4)).toEqual(vn('2026-02-13T15:00:00'));
  });

  it('should make subtractWorkingHours and workingHoursBetween agree', () => {
    const due = vn('2026-09-03T17:00:00');
    for (const hours of [0.5, 3, 8, 12.25, 40]) {
      expect(workingHoursBetween(subtractWorkingHours(due, hours), due)).toBeCloseTo(hours, 9);
    }
  });

  it('should accept other session hours', () => {
    const summer = new OfficeHours(undefined, [
      { start: '07:00', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ]);
    expect(summer.workingHoursBetween(vn('2026-03-11T00:00:00'), vn('2026-03-12T00:00:00'))).toBe(
      8,
    );
    expect(summer.dueAt(vn('2026-03-11T09:00:00'), 0)).toEqual(vn('2026-03-11T17:00:00'));
    expect(() => new OfficeHours(undefined, [{ start: '12:00', end: '08:00' }])).toThrow(
      RangeError,
    );
  });

  it('should reject negative or fractional processing days and invalid instants', () => {
    expect(() => dueAt(vn('2026-03-11T09:00:00'), -1)).toThrow(RangeError);
    expect(() => dueAt(vn('2026-03-11T09:00:00'), 0.5)).toThrow(RangeError);
    expect(() => dueAt(new Date('nonsense'), 1)).toThrow(RangeError);
    expect(() => dueAt(vn('2026-03-11T09:00:00'), 1, { cutoff: '25:00' })).toThrow(RangeError);
  });
});
