import { workingHoursBetween } from '@libs/calendar';
import { vietnamCalendarDate } from '@libs/clock';
import { DeadlineSubject } from '@libs/contracts';

import { closedOnTime, Deadline } from '../../tracking/domain/deadline';

/** DVC systems count 8 office hours as one working day. */
export const WORKING_HOURS_PER_DAY = 8;

/** Figures of deadlines received before the receiving officer was known. */
export const UNASSIGNED_OFFICER = 'unassigned';

/** What figures are broken down by: commune, subject type, procedure (or case kind), officer, month. */
export interface FigureKey {
  period: string;
  communeCode: string;
  provinceCode: string;
  subjectType: DeadlineSubject;
  category: string;
  officerId: string;
}

export interface FigureCounts {
  received: number;
  returned: number;
  returnedOnTime: number;
  late: number;
  /** Office hours from receipt to return, summed over returned subjects. */
  processingWorkingHours: number;
}

export type FigureRow = FigureKey & FigureCounts;

/**
 * One fact about one deadline, stored once under its key: received in a month, or returned
 * (on time or late, with its processing time). Figures are sums over facts.
 */
export interface FigureFact {
  factKey: string;
  deadlineId: string;
  key: FigureKey;
  kind: 'received' | 'returned';
  /** Returned facts only. */
  onTime?: boolean;
  processingWorkingHours: number;
}

/** YYYY-MM of the instant in Vietnam time (a return at 23:30 on 31/10 UTC is November). */
export function periodOf(instant: Date): string {
  return vietnamCalendarDate(instant).slice(0, 7);
}

/**
 * Every fact a deadline contributes to the figures in its present state. Recording the
 * same deadline again adds nothing (each fact has a key), and a late-arriving opening
 * completes what an early close could not count yet.
 */
export function factsOf(deadline: Deadline): FigureFact[] {
  const row = {
    communeCode: deadline.communeCode,
    provinceCode: deadline.provinceCode,
    subjectType: deadline.subjectType,
    category: deadline.category,
    officerId: deadline.officerId ?? UNASSIGNED_OFFICER,
  };
  const facts: FigureFact[] = [];
  const { receivedAt, closedAt } = deadline;
  if (deadline.opened && receivedAt) {
    facts.push({
      factKey: `received:${deadline.id}`,
      deadlineId: deadline.id,
      key: { ...row, period: periodOf(receivedAt) },
      kind: 'received',
      processingWorkingHours: 0,
    });
  }
  const onTime = closedOnTime(deadline);
  const returned =
    deadline.closeReason === 'result-returned' || deadline.closeReason === 'answered';
  if (returned && closedAt && receivedAt && onTime !== undefined) {
    facts.push({
      factKey: `returned:${deadline.id}`,
      deadlineId: deadline.id,
      key: { ...row, period: periodOf(closedAt) },
      kind: 'returned',
      onTime,
      processingWorkingHours: Math.max(0, workingHoursBetween(receivedAt, closedAt)),
    });
  }
  return facts;
}

export interface OnTimeFigures {
  received: number;
  returned: number;
  returnedOnTime: number;
  late: number;
  /** Share of returned subjects returned on time (0–1); null when none was returned. */
  onTimeRate: number | null;
  averageProcessingWorkingDays: number | null;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

export function summarize(rows: readonly FigureCounts[]): OnTimeFigures {
  const sum = (pick: (row: FigureCounts) => number): number =>
    rows.reduce((total, row) => total + pick(row), 0);
  const returned = sum((row) => row.returned);
  const returnedOnTime = sum((row) => row.returnedOnTime);
  const hours = sum((row) => row.processingWorkingHours);
  return {
    received: sum((row) => row.received),
    returned,
    returnedOnTime,
    late: sum((row) => row.late),
    onTimeRate: returned > 0 ? round(returnedOnTime / returned, 4) : null,
    averageProcessingWorkingDays:
      returned > 0 ? round(hours / WORKING_HOURS_PER_DAY / returned, 2) : null,
  };
}

/** Figures per value of one dimension, in the dimension's order. */
export function breakdown(
  rows: readonly FigureRow[],
  dimension: 'communeCode' | 'category' | 'officerId',
): { key: string; figures: OnTimeFigures }[] {
  const groups = new Map<string, FigureRow[]>();
  for (const row of rows) {
    groups.set(row[dimension], [...(groups.get(row[dimension]) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => ({ key, figures: summarize(group) }));
}
