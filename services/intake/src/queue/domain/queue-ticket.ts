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
}

export function issueTicket(
  input: Omit<QueueTicket, 'day' | 'servedAt' | 'servedBy' | 'waitSeconds'>,
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
