import { vn } from '@libs/testing';

import { PROVINCE_OFFICE_HOURS } from './data/province-office-hours';
import {
  dueAt,
  extendDue,
  officeHoursTableProblems,
  ProvinceOfficeHoursTable,
} from './office-hours-by-province';

describe('office hours per province', () => {
  const table = new ProvinceOfficeHoursTable([
    {
      provinceCode: '99',
      sessions: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '16:30' },
      ],
      source: 'test',
      confirmed: true,
    },
  ]);

  it('should close the day at the province own closing time', () => {
    expect(table.forProvince('99').dueAt(vn('2026-03-11T09:00:00'), 1)).toEqual(
      vn('2026-03-12T16:30:00'),
    );
    expect(
      table
        .forProvince('99')
        .workingHoursBetween(vn('2026-03-12T07:00:00'), vn('2026-03-12T18:00:00')),
    ).toBe(7);
  });

  it('should give a province without an entry the default sessions', () => {
    expect(table.forProvince('01').dueAt(vn('2026-03-11T09:00:00'), 1)).toEqual(
      vn('2026-03-12T17:00:00'),
    );
    expect(
      table
        .forProvince(undefined)
        .workingHoursBetween(vn('2026-03-12T00:00:00'), vn('2026-03-13T00:00:00')),
    ).toBe(8);
  });

  it('should refuse a table with every problem listed at once', () => {
    const problems = officeHoursTableProblems([
      {
        provinceCode: '3',
        sessions: [{ start: '08:00', end: '12:00' }],
        source: 'x',
        confirmed: false,
      },
      {
        provinceCode: '40',
        sessions: [{ start: '13:00', end: '12:00' }],
        source: 'x',
        confirmed: false,
      },
      {
        provinceCode: '40',
        sessions: [{ start: '08:00', end: '12:00' }],
        source: ' ',
        confirmed: false,
      },
    ]);

    expect(problems).toEqual([
      'province 3: provinceCode must be 2 digits',
      'province 40: Office sessions must be non-empty, ordered and not overlapping',
      'province 40: listed twice',
      'province 40: source must say where the hours come from',
    ]);
    expect(
      () =>
        new ProvinceOfficeHoursTable([
          { provinceCode: 'x1', sessions: [], source: 'x', confirmed: false },
        ]),
    ).toThrow(/Invalid office hours: province x1/);
  });

  it('should ship a valid table in which each entry states its source', () => {
    expect(officeHoursTableProblems(PROVINCE_OFFICE_HOURS)).toEqual([]);
    expect(PROVINCE_OFFICE_HOURS.find((entry) => entry.provinceCode === '38')).toMatchObject({
      confirmed: false,
    });
  });

  it('should count a same-day procedure asked Friday 9/1/2026 after 15:00 into Saturday 10/1, a working day', () => {
    expect(dueAt(vn('2026-01-09T15:30:00'), 0, { cutoff: '15:00', provinceCode: '38' })).toEqual(
      vn('2026-01-10T17:00:00'),
    );
    // Wednesday 31/12/2025 after 15:00: 1/1 holiday, 2/1 swapped off, the weekend: Monday 5/1.
    expect(dueAt(vn('2025-12-31T15:30:00'), 0, { cutoff: '15:00' })).toEqual(
      vn('2026-01-05T17:00:00'),
    );
  });

  it('should extend an appointment by working days from its own day', () => {
    // Same-day marriage on Thursday 12/3/2026 moved to the five-day maximum: Thursday 19/3.
    expect(extendDue(vn('2026-03-12T17:00:00'), 5, '38')).toEqual(vn('2026-03-19T17:00:00'));
    // Over Tết 2026: Friday 13/2 plus 3 working days is Wednesday 25/2.
    expect(extendDue(vn('2026-02-13T17:00:00'), 3)).toEqual(vn('2026-02-25T17:00:00'));
    expect(() => extendDue(vn('2026-02-13T17:00:00'), -1)).toThrow(RangeError);
  });
});
