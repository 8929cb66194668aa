/**
 * Office hours, receipt days and due instants. All wall-clock times are Vietnam time (UTC+7,
 * no daylight saving); inputs and outputs are instants (Date).
 *
 * Decisions (the domain notes are silent on these; change here if a province rules otherwise):
 * - Sessions: 08:00–12:00 and 13:00–17:00 by default, eight hours a day (the 8 h = 1 working day
 *   that the DVC-TH system uses). Provinces set their own hours: `data/province-office-hours.ts`.
 * - A dossier counts as received on the day it arrives if that is a working day and it arrives
 *   before the cut-off; otherwise on the next working day. The cut-off is the close of office
 *   (17:00) unless a procedure sets an earlier one: the civil-status rule "received after 15:00,
 *   the clock starts the next working day" is `{ cutoff: '15:00' }`.
 * - Processing days are counted after the receipt day (Civil Code 2015 art. 147(1)); 0 days means
 *   the result is due on the receipt day itself (same-day procedures).
 * - The result is due at the close of office on the due day (17:00), when the desk closes.
 *   Civil Code art. 148 would end a day-count at 24:00; the close of office is the earlier,
 *   safer instant for "overdue" and "due soon" alarms.
 */
import { vietnamInstant, vietnamWallClock } from '@libs/clock';

import { addDays, type IsoDate } from './iso-date';
import { VietnamWorkingCalendar } from './working-calendar';

/** A wall-clock time in Vietnam, 'HH:MM'. */
export type HourMinute = `${number}:${number}`;

export interface OfficeSession {
  start: HourMinute;
  end: HourMinute;
}

export interface DueOptions {
  /** Receipts at or after this time count from the next working day; default: close of office. */
  cutoff?: HourMinute;
}

export const DEFAULT_OFFICE_SESSIONS: readonly OfficeSession[] = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];

/**
 * The 15:00 rule for same-day work: Luật Hộ tịch 2014 art. 5(3) (civil-status matters the law
 * gives no time), Decree 23/2015/NĐ-CP art. 7 (certifications), Decree 63/2024/NĐ-CP art. 7(2)
 * (the interlinked groups). Procedures with a time in days have no cut-off.
 */
export const CIVIL_STATUS_CUTOFF: HourMinute = '15:00';

const HOUR_MS = 3_600_000;

function parseHourMinute(text: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) {
    throw new RangeError(`Not an HH:MM time: ${text}`);
  }
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}

function assertValidInstant(instant: Date, name: string): void {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`${name} is not a valid date`);
  }
}

export class OfficeHours {
  /** Sessions as [start, end) in milliseconds since midnight, in day order. */
  private readonly sessions: readonly (readonly [number, number])[];
  private readonly closeMs: number;

  constructor(
    readonly calendar: VietnamWorkingCalendar = new VietnamWorkingCalendar(),
    sessions: readonly OfficeSession[] = DEFAULT_OFFICE_SESSIONS,
  ) {
    this.sessions = sessions.map(
      (session) => [parseHourMinute(session.start), parseHourMinute(session.end)] as const,
    );
    this.sessions.forEach(([start, end], index) => {
      const previousEnd = this.sessions[index - 1]?.[1] ?? 0;
      if (end <= start || start < previousEnd) {
        throw new RangeError('Office sessions must be non-empty, ordered and not overlapping');
      }
    });
    const last = this.sessions[this.sessions.length - 1];
    if (!last) {
      throw new RangeError('At least one office session is needed');
    }
    this.closeMs = last[1];
  }

  /** The working day a dossier counts as received on (see the file comment). */
  receiptDay(receivedAt: Date, options: DueOptions = {}): IsoDate {
    assertValidInstant(receivedAt, 'receivedAt');
    const { date, msOfDay } = vietnamWallClock(receivedAt);
    const cutoff = options.cutoff === undefined ? this.closeMs : parseHourMinute(options.cutoff);
    const late = msOfDay >= cutoff;
    return this.calendar.firstWorkingDayFrom(late ? addDays(date, 1) : date);
  }

  /** When the result is due: close of office, `processingWorkingDays` after the receipt day. */
  dueAt(receivedAt: Date, processingWorkingDays: number, options: DueOptions = {}): Date {
    if (!Number.isInteger(processingWorkingDays) || processingWorkingDays < 0) {
      throw new RangeError(`Processing days must be a whole number ≥ 0: ${processingWorkingDays}`);
    }
    const receipt = this.receiptDay(receivedAt, options);
    const dueDay = this.calendar.addWorkingDays(receipt, processingWorkingDays);
    return vietnamInstant(dueDay, this.closeMs);
  }

  /**
   * The close of office `workingDays` working days after the day of `due`: an appointment moved
   * to a longer legal time keeps its start (the receipt day, or the day a supplement arrived).
   */
  extendDue(due: Date, workingDays: number): Date {
    assertValidInstant(due, 'due');
    if (!Number.isInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`Working days must be a whole number ≥ 0: ${workingDays}`);
    }
    const day = this.calendar.addWorkingDays(vietnamWallClock(due).date, workingDays);
    return vietnamInstant(day, this.closeMs);
  }

  /** True when the desk is open at `instant`: a working day, inside one of its sessions. */
  isOpen(instant: Date): boolean {
    assertValidInstant(instant, 'instant');
    const { date, msOfDay } = vietnamWallClock(instant);
    return (
      this.calendar.isWorkingDay(date) &&
      this.sessions.some(([start, end]) => msOfDay >= start && msOfDay < end)
    );
  }

  /** The start of the first office session at or after `instant`. */
  nextOpening(instant: Date): Date {
    assertValidInstant(instant, 'instant');
    const { date, msOfDay } = vietnamWallClock(instant);
    for (let day = date; ; day = addDays(day, 1)) {
      if (!this.calendar.isWorkingDay(day)) {
        continue;
      }
      for (const [start, end] of this.sessions) {
        if (day > date || msOfDay < start) {
          return vietnamInstant(day, start);
        }
        if (msOfDay < end) {
          return new Date(instant.getTime());
        }
      }
    }
  }

  /** Office hours (fractional) between two instants; negative when `to` is before `from`. */
  workingHoursBetween(from: Date, to: Date): number {
    assertValidInstant(from, 'from');
    assertValidInstant(to, 'to');
    if (to < from) {
      return -this.workingHoursBetween(to, from);
    }
    const last = vietnamWallClock(to).date;
    let total = 0;
    for (let day = vietnamWallClock(from).date; day <= last; day = addDays(day, 1)) {
      if (!this.calendar.isWorkingDay(day)) {
        continue;
      }
      for (const [start, end] of this.sessions) {
        const overlapStart = Math.max(vietnamInstant(day, start).getTime(), from.getTime());
        const overlapEnd = Math.min(vietnamInstant(day, end).getTime(), to.getTime());
        total += Math.max(0, overlapEnd - overlapStart);
      }
    }
    return total / HOUR_MS;
  }

  /**
   * The latest instant that is `hours` office hours before `due`, e.g. for a "due in N working
   * hours" alert: 4 h before 17:00 is 13:00 the same day, not 12:00.
   */
  subtractWorkingHours(due: Date, hours: number): Date {
    assertValidInstant(due, 'due');
    if (!Number.isFinite(hours) || hours < 0) {
      throw new RangeError(`Hours must be ≥ 0: ${hours}`);
    }
    let remaining = Math.round(hours * HOUR_MS);
    if (remaining === 0) {
      return new Date(due.getTime());
    }
    for (let day = vietnamWallClock(due).date; ; day = addDays(day, -1)) {
      if (!this.calendar.isWorkingDay(day)) {
        continue;
      }
      for (const [start, end] of [...this.sessions].reverse()) {
        const sessionStart = vietnamInstant(day, start).getTime();
        const available =
          Math.min(vietnamInstant(day, end).getTime(), due.getTime()) - sessionStart;
        if (available <= 0) {
          continue;
        }
        if (remaining <= available) {
          return new Date(sessionStart + available - remaining);
        }
        remaining -= available;
      }
    }
  }
}
