import { isRealCalendarDate } from '@libs/clock';
import { FieldProblem } from '@libs/errors';

import { ReportErrors } from './reports.errors';

/** Inclusive calendar dates in Vietnam time. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface PeriodQuery {
  /** YYYY, YYYY-H1|H2, YYYY-Q1..Q4, YYYY-MM or YYYY-MM-DD. */
  period?: string;
  from?: string;
  to?: string;
}

const DAY_MS = 86_400_000;

const pad = (value: number): string => String(value).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function months(year: number, first: number, last: number): ReportPeriod {
  return { from: `${year}-${pad(first)}-01`, to: lastDayOfMonth(year, last) };
}

/** A named period (year, half-year, quarter, month, day) as a range of days, or null. */
export function namedPeriod(text: string): ReportPeriod | null {
  let match = /^(\d{4})$/.exec(text);
  if (match) {
    return months(Number(match[1]), 1, 12);
  }
  match = /^(\d{4})-H([12])$/.exec(text);
  if (match) {
    const half = Number(match[2]);
    return months(Number(match[1]), half * 6 - 5, half * 6);
  }
  match = /^(\d{4})-Q([1-4])$/.exec(text);
  if (match) {
    const quarter = Number(match[2]);
    return months(Number(match[1]), quarter * 3 - 2, quarter * 3);
  }
  match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (match) {
    return months(Number(match[1]), Number(match[2]), Number(match[2]));
  }
  return isRealCalendarDate(text) ? { from: text, to: text } : null;
}

export function periodDays(period: ReportPeriod): number {
  return (
    (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS + 1
  );
}

/**
 * The period a request names: either `period` or both `from` and `to`, never both forms.
 * Refuses, naming each field, a malformed or impossible date, a reversed range and a range
 * longer than `maxDays`.
 */
export function resolvePeriod(query: PeriodQuery, maxDays: number): ReportPeriod {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, messages: [message] });
  let period: ReportPeriod | null = null;
  if (query.period !== undefined) {
    if (query.from !== undefined || query.to !== undefined) {
      problem('period', 'Chỉ dùng period hoặc cặp from/to, không dùng cả hai.');
    } else {
      period = namedPeriod(query.period);
      if (!period) {
        problem(
          'period',
          'period phải có dạng YYYY, YYYY-H1, YYYY-Q1, YYYY-MM hoặc YYYY-MM-DD (ngày có thật).',
        );
      }
    }
  } else {
    for (const field of ['from', 'to'] as const) {
      const value = query[field];
      if (value === undefined) {
        problem(field, `Thiếu ${field} (YYYY-MM-DD) hoặc period.`);
      } else if (!isRealCalendarDate(value)) {
        problem(field, `${field} phải là ngày có thật dạng YYYY-MM-DD.`);
      }
    }
    if (problems.length === 0 && query.from !== undefined && query.to !== undefined) {
      period = { from: query.from, to: query.to };
      if (period.from > period.to) {
        problem('to', 'to phải bằng hoặc sau from.');
      }
    }
  }
  if (period && problems.length === 0 && periodDays(period) > maxDays) {
    problem(query.period !== undefined ? 'period' : 'to', `Kỳ báo cáo dài tối đa ${maxDays} ngày.`);
  }
  if (problems.length > 0 || !period) {
    throw ReportErrors.invalidPeriod(problems);
  }
  return period;
}
