import { vietnamCalendarDate } from '@libs/clock';
import { DomainError } from '@libs/errors';

export interface QueueTicket {
  id: string;
  communeCode: string;
  provinceCode: string;
  /** Vietnam calendar day of issue (YYYY-MM-DD); numbers restart every day. */
  day: string;
  number: number;
  procedureKey: string;
  procedureName: string;
  issuedAt: Date;
  issuedBy: string;
  servedAt?: Date;
  servedBy?: string;
  /** Seconds between issue and the start of service: the citizen's wait at the counter. */
  waitSeconds?: number;
  /** The officer handed back the result (or the citizen left): service ends. */
  finishedAt?: Date;
  finishedBy?: string;
  /** Seconds between the call and the end of service: the desk's time on this citizen. */
  serviceSeconds?: number;
}

export function issueTicket(
  input: Omit<
    QueueTicket,
    'day' | 'servedAt' | 'servedBy' | 'waitSeconds' | 'finishedAt' | 'finishedBy' | 'serviceSeconds'
  >,
): QueueTicket {
  return { ...input, day: vietnamCalendarDate(input.issuedAt) };
}

/** The officer calls the ticket: service starts now, and the wait is measured. */
export function startService(ticket: QueueTicket, at: Date, by: string): QueueTicket {
  if (at < ticket.issuedAt) {
    throw new DomainError(
      'QUEUE.CLOCK_BEFORE_ISSUE',
      'conflict',
      'Thời điểm phục vụ không thể trước thời điểm lấy số.',
    );
  }
  return {
    ...ticket,
    servedAt: at,
    servedBy: by,
    waitSeconds: Math.round((at.getTime() - ticket.issuedAt.getTime()) / 1000),
  };
}

/**
 * The end of service: the certified copy handed back, or the citizen sent away with a slip.
 * Only a called ticket can end, and not before its call.
 */
export function finishService(ticket: QueueTicket, at: Date, by: string): QueueTicket {
  if (!ticket.servedAt) {
    throw new DomainError(
      'QUEUE.NOT_CALLED',
      'conflict',
      'Số thứ tự chưa được gọi nên chưa thể kết thúc phục vụ.',
    );
  }
  if (at < ticket.servedAt) {
    throw new DomainError(
      'QUEUE.CLOCK_BEFORE_CALL',
      'conflict',
      'Thời điểm kết thúc không thể trước thời điểm gọi số.',
    );
  }
  return {
    ...ticket,
    finishedAt: at,
    finishedBy: by,
    serviceSeconds: Math.round((at.getTime() - ticket.servedAt.getTime()) / 1000),
  };
}

/**
 * The article's yardstick for a certification at the desk: "khoảng 15 phút" from call to
 * result (the reported practice of the model ward, not a legal time: Decree 23/2015 art. 7
 * only says "trong ngày").
 */
export const DESK_TIME_TARGET_MINUTES = 15;

/** "A007": what the display board calls. */
export function ticketLabel(number: number): string {
  return `A${String(number).padStart(3, '0')}`;
}

export interface DailyQueueFigures {
  communeCode: string;
  day: string;
  procedureKey: string;
  procedureName: string;
  issued: number;
  served: number;
  waitSecondsTotal: number;
  maxWaitSeconds: number;
  /** Tickets whose service ended, their desk time, and how many within the target. */
  finished?: number;
  serviceSecondsTotal?: number;
  maxServiceSeconds?: number;
  finishedWithinTarget?: number;
}

export interface DeskTimeSummary {
  finished: number;
  averageServiceMinutes: number | null;
  maxServiceMinutes: number | null;
  withinTarget: number;
  /** Share of finished services within the target, 0–1 (three decimals); null when none. */
  withinTargetShare: number | null;
  targetMinutes: number;
  /** The average is within the target. */
  meetsTarget: boolean | null;
}

export function summarizeDeskTime(rows: readonly DailyQueueFigures[]): DeskTimeSummary {
  const finished = rows.reduce((sum, row) => sum + (row.finished ?? 0), 0);
  const total = rows.reduce((sum, row) => sum + (row.serviceSecondsTotal ?? 0), 0);
  const max = rows.reduce((top, row) => Math.max(top, row.maxServiceSeconds ?? 0), 0);
  const within = rows.reduce((sum, row) => sum + (row.finishedWithinTarget ?? 0), 0);
  const average = finished === 0 ? null : Math.round((total / finished / 60) * 10) / 10;
  return {
    finished,
    averageServiceMinutes: average,
    maxServiceMinutes: finished === 0 ? null : Math.round((max / 60) * 10) / 10,
    withinTarget: within,
    withinTargetShare: finished === 0 ? null : Math.round((within / finished) * 1000) / 1000,
    targetMinutes: DESK_TIME_TARGET_MINUTES,
    meetsTarget: finished === 0 ? null : total / finished <= DESK_TIME_TARGET_MINUTES * 60,
  };
}

export interface WaitSummary {
  issued: number;
  served: number;
  /** Mean wait of the tickets served, in minutes (one decimal); null when none was served. */
  averageWaitMinutes: number | null;
  maxWaitMinutes: number | null;
}

export function summarize(rows: readonly DailyQueueFigures[]): WaitSummary {
  const issued = rows.reduce((sum, row) => sum + row.issued, 0);
  const served = rows.reduce((sum, row) => sum + row.served, 0);
  const total = rows.reduce((sum, row) => sum + row.waitSecondsTotal, 0);
  const max = rows.reduce((top, row) => Math.max(top, row.maxWaitSeconds), 0);
  return {
    issued,
    served,
    averageWaitMinutes: served === 0 ? null : Math.round((total / served / 60) * 10) / 10,
    maxWaitMinutes: served === 0 ? null : Math.round((max / 60) * 10) / 10,
  };
}
