/** Vietnam has one time zone and no daylight saving time. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/**
 * UTC+7 all year (no daylight saving since 1975), so plain arithmetic is exact and far cheaper
 * than `Intl` in the office-hours loops; the spec checks it against `Intl` over a year.
 */
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

const calendarDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in Vietnam at the given instant. */
export function vietnamCalendarDate(instant: Date): string {
  return calendarDate.format(instant);
}

/** Where an instant falls on the wall clocks of Vietnam. */
export interface VietnamWallClock {
  /** The calendar date, YYYY-MM-DD. */
  date: string;
  hour: number;
  minute: number;
  /** Milliseconds since midnight in Vietnam. */
  msOfDay: number;
}

export function vietnamWallClock(instant: Date): VietnamWallClock {
  const local = instant.getTime() + VIETNAM_OFFSET_MS;
  const msOfDay = ((local % DAY_MS) + DAY_MS) % DAY_MS;
  return {
    date: new Date(local - msOfDay).toISOString().slice(0, 10),
    hour: Math.floor(msOfDay / HOUR_MS),
    minute: Math.floor((msOfDay % HOUR_MS) / MINUTE_MS),
    msOfDay,
  };
}

/** The instant `msOfDay` milliseconds after midnight of a Vietnam calendar date (YYYY-MM-DD). */
export function vietnamInstant(calendarDateText: string, msOfDay = 0): Date {
  return new Date(Date.parse(`${calendarDateText}T00:00:00Z`) + msOfDay - VIETNAM_OFFSET_MS);
}

/** Midnight in Vietnam at the start of a calendar date. */
export function startOfVietnamDay(calendarDateText: string): Date {
  return vietnamInstant(calendarDateText);
}

/** The last millisecond of a Vietnam calendar date (an inclusive bound). */
export function endOfVietnamDay(calendarDateText: string): Date {
  return vietnamInstant(calendarDateText, DAY_MS - 1);
}

/** Midnight in Vietnam at the start of the next calendar date (an exclusive bound). */
export function startOfNextVietnamDay(calendarDateText: string): Date {
  return vietnamInstant(calendarDateText, DAY_MS);
}

/** A calendar date (YYYY-MM-DD) moved by whole days. */
export function addCalendarDays(calendarDateText: string, days: number): string {
  return new Date(Date.parse(`${calendarDateText}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isRealCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** "ngày 28 tháng 11 năm 2026", the form used on Vietnamese administrative documents. */
export function vietnameseLongDate(calendarDateText: string): string {
  const [year, month, day] = calendarDateText.split('-').map(Number);
  const pad = (value: number): string => String(value).padStart(2, '0');
  // Decree 30/2020: day and month below 10 (day < 10, month < 3) carry a leading zero.
  const dayText = day !== undefined && day < 10 ? pad(day) : String(day);
  const monthText = month !== undefined && month < 3 ? pad(month) : String(month);
  return `ngày ${dayText} tháng ${monthText} năm ${year}`;
}

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** "17:00", the Vietnam wall-clock time of an instant. */
export function vietnamHourMinute(instant: Date): string {
  const { hour, minute } = vietnamWallClock(instant);
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** "08 giờ 15 phút, ngày 12 tháng 02 năm 2026", Vietnam time, as slips and letters write it. */
export function vietnameseDateTime(instant: Date): string {
  const { date, hour, minute } = vietnamWallClock(instant);
  return `${pad2(hour)} giờ ${pad2(minute)} phút, ${vietnameseLongDate(date)}`;
}

const vietnameseNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** "1.234.567 đồng": an amount in Vietnamese đồng, grouped the Vietnamese way. */
export function vietnameseAmount(amountVnd: number): string {
  return `${vietnameseNumber.format(amountVnd)} đồng`;
}
