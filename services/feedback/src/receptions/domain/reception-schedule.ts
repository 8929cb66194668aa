import { VietnamWorkingCalendar } from '@libs/calendar';
import { addCalendarDays, isRealCalendarDate, vietnamCalendarDate } from '@libs/clock';
import { DomainError } from '@libs/errors';

import { ReceptionWeek } from './weekly-reception';

/**
 * The chairman's citizen reception day, scheduled per commune. Luật Tiếp công dân 2013
 * Art. 15(2)(d): the chairman of the commune People's Committee receives citizens at the
 * commune's reception place at least one day a week (read in verbatim quotation). The
 * schedule names the weekday(s), the hours and the place, posted for citizens (Art. 15(2)(a)
 * "niêm yết lịch tiếp công dân", not re-read here), from a given day.
 */
export interface ReceptionSchedule {
  communeCode: string;
  provinceCode: string;
  /** ISO weekdays, 1 = Monday … 5 = Friday: the office's working week. */
  weekdays: number[];
  startTime: string;
  endTime: string;
  place: string;
  /** The first day the schedule applies (Vietnam date). */
  effectiveFrom: string;
  setAt: Date;
  setBy: string;
}

export type ReceptionScheduleRequest = Pick<
  ReceptionSchedule,
  'weekdays' | 'startTime' | 'endTime' | 'place' | 'effectiveFrom'
>;

const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;
export const WEEKDAY_NAMES: Readonly<Record<number, string>> = {
  1: 'Thứ Hai',
  2: 'Thứ Ba',
  3: 'Thứ Tư',
  4: 'Thứ Năm',
  5: 'Thứ Sáu',
};

export function checkReceptionSchedule(
  request: ReceptionScheduleRequest,
  context: { communeCode: string; provinceCode: string; now: Date; setBy: string },
): ReceptionSchedule {
  const problems: { field: string; messages: string[] }[] = [];
  const weekdays = [...new Set(request.weekdays)].sort((a, b) => a - b);
  if (weekdays.length === 0) {
    problems.push({
      field: 'weekdays',
      messages: [
        'Chủ tịch Ủy ban nhân dân cấp xã tiếp công dân ít nhất 01 ngày trong 01 tuần (Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d).',
      ],
    });
  } else if (weekdays.some((day) => !Number.isInteger(day) || day < 1 || day > 5)) {
    problems.push({
      field: 'weekdays',
      messages: ['Ngày tiếp công dân là ngày làm việc trong tuần, từ Thứ Hai (1) đến Thứ Sáu (5).'],
    });
  }
  if (!HOUR_MINUTE.test(request.startTime)) {
    problems.push({ field: 'startTime', messages: ['Giờ bắt đầu có dạng HH:MM.'] });
  }
  if (!HOUR_MINUTE.test(request.endTime)) {
    problems.push({ field: 'endTime', messages: ['Giờ kết thúc có dạng HH:MM.'] });
  } else if (HOUR_MINUTE.test(request.startTime) && request.endTime <= request.startTime) {
    problems.push({ field: 'endTime', messages: ['Giờ kết thúc phải sau giờ bắt đầu.'] });
  }
  const place = request.place.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!place) {
    problems.push({ field: 'place', messages: ['Cần ghi địa điểm tiếp công dân.'] });
  }
  if (!isRealCalendarDate(request.effectiveFrom)) {
    problems.push({ field: 'effectiveFrom', messages: ['Ngày áp dụng không phải ngày có thật.'] });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'RECEPTION_SCHEDULE.INVALID',
      'invalid',
      'Lịch tiếp công dân chưa hợp lệ.',
      problems,
    );
  }
  return {
    communeCode: context.communeCode,
    provinceCode: context.provinceCode,
    weekdays,
    startTime: request.startTime,
    endTime: request.endTime,
    place,
    effectiveFrom: request.effectiveFrom,
    setAt: context.now,
    setBy: context.setBy,
  };
}

/** A reception week with the days the schedule set in it and those that passed unheld. */
export interface ScheduledReceptionWeek extends ReceptionWeek {
  scheduledOn: string[];
  /** Scheduled working days already past with no reception held on them. */
  missedScheduledDays: string[];
}

const calendar = new VietnamWorkingCalendar();

function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * Adds the schedule to the compliance weeks: its days that are working days on or after the
 * schedule's start; a scheduled day on a holiday is not owed (the week still owes one day).
 */
export function withSchedule(
  weeks: readonly ReceptionWeek[],
  schedule: ReceptionSchedule | undefined,
  now: Date,
): ScheduledReceptionWeek[] {
  const today = vietnamCalendarDate(now);
  return weeks.map((week) => {
    const days = Array.from({ length: 7 }, (_, offset) => addCalendarDays(week.weekStart, offset));
    const scheduledOn = schedule
      ? days.filter(
          (day) =>
            day >= schedule.effectiveFrom &&
            schedule.weekdays.includes(isoWeekday(day)) &&
            calendar.isWorkingDay(day),
        )
      : [];
    return {
      ...week,
      scheduledOn,
      missedScheduledDays: scheduledOn.filter((day) => day < today && !week.heldOn.includes(day)),
    };
  });
}
