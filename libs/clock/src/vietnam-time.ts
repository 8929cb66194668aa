/** Vietnam has one time zone and no daylight saving time. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

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
