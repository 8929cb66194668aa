import { VietnamWorkingCalendar } from '@libs/calendar';
import { addCalendarDays, vietnamCalendarDate } from '@libs/clock';

/**
 * Luật Tiếp công dân 2013 Art. 15(2)(d): the commune chairman receives citizens at the
 * commune office at least one day a week. A week (Monday–Sunday) with no reception held is
 * flagged; a week still running is not yet missed, and a week with no working day at all
 * (Tết) owes none.
 */
export interface ReceptionWeek {
  weekStart: string;
  weekEnd: string;
  heldOn: string[];
  status: 'held' | 'missed' | 'in-progress' | 'no-working-day';
}

const calendar = new VietnamWorkingCalendar();
function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addCalendarDays(date, -((weekday + 6) % 7));
}

/** The whole weeks a range touches, Monday of the first to Sunday of the last. */
export function receptionWeeksSpan(range: { from: string; to: string }): {
  from: string;
  to: string;
} {
  return { from: mondayOf(range.from), to: addCalendarDays(mondayOf(range.to), 6) };
}

/** Weeks from the one holding `from` to the one holding `to` (inclusive), oldest first. */
export function weeklyReceptionCompliance(
  receptionDays: readonly string[],
  range: { from: string; to: string },
  now: Date,
): ReceptionWeek[] {
  const today = vietnamCalendarDate(now);
  const held = new Set(receptionDays);
  const weeks: ReceptionWeek[] = [];
  for (let start = mondayOf(range.from); start <= range.to; start = addCalendarDays(start, 7)) {
    const days = Array.from({ length: 7 }, (_, offset) => addCalendarDays(start, offset));
    const weekEnd = days[6];
    const heldOn = days.filter((day) => held.has(day));
    const hasWorkingDay = days.some((day) => calendar.isWorkingDay(day));
    const status: ReceptionWeek['status'] =
      heldOn.length > 0
        ? 'held'
        : !hasWorkingDay
          ? 'no-working-day'
          : weekEnd >= today
            ? 'in-progress'
            : 'missed';
    weeks.push({ weekStart: start, weekEnd, heldOn, status });
  }
  return weeks;
}
