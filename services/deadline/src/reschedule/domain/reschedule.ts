import { VietnamWorkingCalendar } from '@libs/calendar';
import { vietnamCalendarDate, vietnameseLongDate, vietnamWallClock } from '@libs/clock';

import { Deadline, Reschedule } from '../../tracking/domain/deadline';
import { dueSoonAtFor, withScheduledCheck } from '../../tracking/domain/deadline-schedule';
import { SchedulePolicy } from '../../tracking/domain/deadline-transitions';
import { RescheduleErrors } from './reschedule.errors';

export interface RescheduleRequest {
  newDueAt: Date;
  reason: string;
  officerId: string;
}

/** A reschedule as recorded, before or after it is applied to its deadline. */
export interface RecordedReschedule extends Reschedule {
  newDueAt: Date;
}

const HOUR_MS = 3_600_000;
const OFFICE_OPENS_MS = 8 * HOUR_MS;
const OFFICE_CLOSES_MS = 17 * HOUR_MS;
const LONGEST_POSTPONEMENT_MS = 366 * 24 * HOUR_MS;

const defaultCalendar = new VietnamWorkingCalendar();

/** Apology text as officers type it: NFC, single spaces, no padding. */
export function normalizeReason(reason: string): string {
  return reason.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Checks the once-only apology and new appointment (Decree 118/2025 practice: "việc hẹn lại
 * ngày trả kết quả được thực hiện không quá một lần"). It must be recorded at least one
 * working day before the due day; a procedure whose legal time is under one working day
 * (same-day certification) may be rescheduled as soon as the delay is known, before the due
 * time. State conflicts first, then the time window, then every field problem at once.
 */
export function planReschedule(
  deadline: Deadline,
  request: RescheduleRequest,
  now: Date,
  calendar: VietnamWorkingCalendar = defaultCalendar,
): RecordedReschedule {
  const { dueAt } = deadline;
  if (deadline.state !== 'open' || !dueAt) {
    throw RescheduleErrors.closed();
  }
  if (deadline.reschedule) {
    throw RescheduleErrors.alreadyRescheduled();
  }
  const sameDayProcedure = (deadline.legalWorkingDays ?? 0) < 1;
  // Recorded by the end of the working day before the due day: a day off after it (a weekend,
  // Tết) is already too late.
  const inTime = sameDayProcedure
    ? now.getTime() < dueAt.getTime()
    : vietnamCalendarDate(now) <= calendar.addWorkingDays(vietnamCalendarDate(dueAt), -1);
  if (!inTime) {
    throw RescheduleErrors.tooLate(sameDayProcedure);
  }

  const problems: { field: string; message: string }[] = [];
  const reason = normalizeReason(request.reason);
  if (!reason) {
    problems.push({ field: 'reason', message: 'Cần ghi rõ lý do chậm trả kết quả.' });
  }
  const { newDueAt } = request;
  const newDay = vietnamCalendarDate(newDueAt);
  const closedReason = calendar.nonWorkingReason(newDay);
  const { msOfDay } = vietnamWallClock(newDueAt);
  if (newDueAt.getTime() <= dueAt.getTime()) {
    problems.push({
      field: 'newDueAt',
      message: `Ngày hẹn mới phải sau ngày hẹn hiện tại (${vietnameseLongDate(vietnamCalendarDate(dueAt))}).`,
    });
  } else if (newDueAt.getTime() - dueAt.getTime() > LONGEST_POSTPONEMENT_MS) {
    problems.push({
      field: 'newDueAt',
      message: 'Ngày hẹn mới không được quá một năm sau ngày hẹn hiện tại.',
    });
  } else if (closedReason) {
    problems.push({
      field: 'newDueAt',
      message: `Ngày hẹn mới (${vietnameseLongDate(newDay)}) là ngày nghỉ: ${closedReason}.`,
    });
  } else if (msOfDay < OFFICE_OPENS_MS || msOfDay > OFFICE_CLOSES_MS) {
    problems.push({
      field: 'newDueAt',
      message: 'Giờ hẹn mới phải trong giờ làm việc (08:00–17:00, giờ Việt Nam).',
    });
  }
  if (problems.length > 0) {
    throw RescheduleErrors.invalid(problems);
  }
  return {
    newDueAt,
    rescheduledAt: now,
    previousDueAt: dueAt,
    reason,
    officerId: request.officerId,
  };
}

/**
 * The deadline under its recorded new appointment, with the alarms reset for it; undefined
 * when it already carries a reschedule or was closed meanwhile.
 */
export function applyReschedule(
  deadline: Deadline,
  recorded: RecordedReschedule,
  policy: SchedulePolicy,
): Deadline | undefined {
  if (deadline.reschedule || deadline.state !== 'open') {
    return undefined;
  }
  const { newDueAt, ...reschedule } = recorded;
  return withScheduledCheck({
    ...deadline,
    dueAt: newDueAt,
    dueSoonAt: dueSoonAtFor(newDueAt, policy.dueSoonWorkingHours),
    stage: 'tracking',
    reschedule,
  });
}

/** Plan and apply in one step. */
export function rescheduleDeadline(
  deadline: Deadline,
  request: RescheduleRequest,
  now: Date,
  policy: SchedulePolicy,
  calendar: VietnamWorkingCalendar = defaultCalendar,
): Deadline {
  const recorded = planReschedule(deadline, request, now, calendar);
  return applyReschedule(deadline, recorded, policy) ?? deadline;
}
