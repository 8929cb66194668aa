import { OFFICIAL_DAYS_2025 } from './data/official-days-2025';
import { OFFICIAL_DAYS_2026 } from './data/official-days-2026';
import { daysOffInYear, ruleNationalDaySecondDay, ruleTetDays } from './holidays';
import { dayOfWeek } from './iso-date';

const weekdaysOff = (days: { date: string }[]): string[] =>
  days.map((day) => day.date).filter((date) => dayOfWeek(date) % 6 !== 0);

describe('holidays', () => {
  it('should derive rule-based Tết as the last day of the lunar year plus mùng 1–4', () => {
    expect(ruleTetDays(2026)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it.each([
    // The second day each notice chose, 2021–2026.
    [2021, '2021-09-03'],
    [2022, '2022-09-01'],
    [2023, '2023-09-01'],
    [2024, '2024-09-03'],
    [2025, '2025-09-01'],
    [2026, '2026-09-01'],
  ])('should pick the 2/9 partner day %i the way the notices did: %s', (year, expected) => {
    expect(ruleNationalDaySecondDay(year)).toBe(expected);
  });

  it('should list the twelve weekdays off of 2025 from notice 6150/TB-BLĐTBXH and the rules', () => {
    expect(weekdaysOff(daysOffInYear(2025, OFFICIAL_DAYS_2025))).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
  });

  it('should list the weekdays off of 2026 from the notices, Hùng Kings made up and 24/11', () => {
    expect(weekdaysOff(daysOffInYear(2026, OFFICIAL_DAYS_2026))).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-08-31',
      '2026-09-01',
      '2026-09-02',
      '2026-11-24',
    ]);
  });

  it('should make up weekend holidays on the next free working days (2023: 29/4 Sat, 30/4 Sun)', () => {
    const days = daysOffInYear(2023);
    expect(days).toEqual(
      expect.arrayContaining([
        { date: '2023-05-02', reason: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
        { date: '2023-05-03', reason: 'Nghỉ bù Ngày Chiến thắng' },
      ]),
    );
    // 2/9/2023 was a Saturday; the notice made it up on Monday 4/9 (5034/TB-LĐTBXH).
    expect(days).toContainEqual({ date: '2023-09-04', reason: 'Nghỉ bù Ngày Quốc khánh' });
  });
});
