/**
 * Which days are off in a year: the statutory rules, overridden by the year's official notice.
 *
 * Rules (law):
 * - Labour Code 2019 (45/2019/QH14) art. 112(1): 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương
 *   10/3 lunar; 30/4; 1/5; 2/9 plus one adjacent day (before or after). Art. 112(3): the Prime
 *   Minister fixes the Tết days and the 2/9 adjacent day each year. Civil servants follow the same
 *   days (Luật Cán bộ, công chức 2025 art. 11).
 * - Art. 111(3): a holiday of art. 112(1) on the weekly rest day is made up on the next working day.
 * - Days off added by later acts (24/11 Ngày Văn hóa Việt Nam from 2026) are data, with their
 *   basis: `data/additional-holidays.ts`. They are not made up when on a weekend (art. 111(3)
 *   covers art. 112(1) days only).
 *
 * Fallbacks (our choice, used only for a year without official data):
 * - Tết: the last day of the lunar year and the first four of the new one, the split the 2026
 *   notice used and the first option notices offer private employers; 2025 used two + three.
 * - 2/9's partner day: the weekday neighbour, preferring one that joins the break to a weekend,
 *   else 1/9. This reproduces every notice from 2021 to 2026.
 */
import { ADDITIONAL_HOLIDAYS, type AdditionalHoliday } from './data/additional-holidays';
import { addDays, dayOfWeek, type IsoDate, isoDate } from './iso-date';
import { lunarToSolar } from './lunar';

export interface DayOff {
  date: IsoDate;
  /** Vietnamese label, as shown to staff and citizens. */
  reason: string;
}

/** The Prime Minister's yearly decision as a notice publishes it; overrides the fallbacks. */
export interface OfficialYear {
  year: number;
  /** Document numbers the entries come from. */
  sources: readonly string[];
  /** The Tết days off the notice fixes, with any it gives in lieu of weekend Tết days. */
  tet: readonly IsoDate[];
  /** The day the notice pairs with 2 September. */
  nationalDaySecondDay: IsoDate;
  /** Further weekdays off, usually one side of a swap ("hoán đổi ngày làm việc"). */
  extraDaysOff: readonly DayOff[];
  /** Weekend days worked instead ("làm bù"); they are working days whatever else applies. */
  workingDays: readonly DayOff[];
}

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  nationalDay: 'Ngày Quốc khánh',
} as const;

function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Tết by rule: last day of the old lunar year and mùng 1–4 of the new one. */
export function ruleTetDays(year: number): IsoDate[] {
  const firstDay = lunarToSolar(1, 1, year);
  return [-1, 0, 1, 2, 3].map((offset) => addDays(firstDay, offset));
}

/** The 2/9 partner day by rule (see the file comment). */
export function ruleNationalDaySecondDay(year: number): IsoDate {
  const score = (date: IsoDate): number => {
    const day = dayOfWeek(date);
    if (day === 0 || day === 6) {
      return 0;
    }
    return day === 1 || day === 5 ? 2 : 1;
  };
  const before = isoDate(year, 9, 1);
  const after = isoDate(year, 9, 3);
  return score(after) > score(before) ? after : before;
}

/**
 * Every day off in a year other than plain weekends, in date order: holidays (also those on a
 * weekend), make-up days and extra days off. Make-up working days are listed separately.
 */
export function daysOffInYear(
  year: number,
  official?: OfficialYear,
  additional: readonly AdditionalHoliday[] = ADDITIONAL_HOLIDAYS,
): DayOff[] {
  const found = new Map<IsoDate, string>();
  const add = (date: IsoDate, reason: string): void => {
    if (!found.has(date)) {
      found.set(date, reason);
    }
  };

  // Days art. 111(3) makes up when they fall on a weekend.
  const compensable: DayOff[] = [
    { date: isoDate(year, 1, 1), reason: HOLIDAY_NAMES.newYear },
    { date: lunarToSolar(10, 3, year), reason: HOLIDAY_NAMES.hungKings },
    { date: isoDate(year, 4, 30), reason: HOLIDAY_NAMES.reunification },
    { date: isoDate(year, 5, 1), reason: HOLIDAY_NAMES.labour },
    { date: isoDate(year, 9, 2), reason: HOLIDAY_NAMES.nationalDay },
    {
      date: official?.nationalDaySecondDay ?? ruleNationalDaySecondDay(year),
      reason: HOLIDAY_NAMES.nationalDay,
    },
  ];
  const tet = (official?.tet ?? ruleTetDays(year)).map((date) => ({
    date,
    reason: HOLIDAY_NAMES.tet,
  }));
  // A notice's Tết list already contains its days in lieu; only rule-made Tết is made up here.
  if (!official) {
    compensable.push(...tet);
  }
  for (const day of [...compensable, ...tet]) {
    add(day.date, day.reason);
  }
  for (const holiday of additional) {
    if (year >= holiday.firstYear) {
      add(isoDate(year, holiday.month, holiday.day), holiday.reason);
    }
  }

  // Before the make-up days, so none lands on a day that is off anyway.
  for (const day of official?.extraDaysOff ?? []) {
    add(day.date, day.reason);
  }

  const weekendHolidays = compensable
    .filter((day) => isWeekend(day.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const holiday of weekendHolidays) {
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || found.has(date)) {
      date = addDays(date, 1);
    }
    found.set(date, `Nghỉ bù ${holiday.reason}`);
  }

  const worked = new Set((official?.workingDays ?? []).map((day) => day.date));
  return [...found]
    .filter(([date]) => !worked.has(date))
    .map(([date, reason]) => ({ date, reason }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
