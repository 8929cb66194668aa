import type { MessageKey } from '../i18n/messages';

/** The register's filters as typed (kept when one is wrong). */
export interface RegisterFilters {
  kind: string;
  status: string;
  from: string;
  to: string;
  recipient: string;
}

export type RegisterFilter = keyof RegisterFilters;

export const NO_FILTERS: RegisterFilters = {
  kind: '',
  status: '',
  from: '',
  to: '',
  recipient: '',
};

/** Rows per page. */
export const PAGE_SIZE = 20;
/** The most correspondence returns at once (PageLimit): pages stop there. */
export const MAX_ROWS = 200;

/** The same rules as correspondence's SearchLettersQueryDto, checked before the trip. */
export function validateFilters(
  filters: RegisterFilters,
): Partial<Record<RegisterFilter, MessageKey>> {
  const problems: Partial<Record<RegisterFilter, MessageKey>> = {};
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.to = 'errRegisterDates';
  }
  const recipient = filters.recipient.trim();
  if (recipient && (recipient.length < 2 || recipient.length > 100)) {
    problems.recipient = 'errRegisterRecipient';
  }
  return problems;
}

/**
 * GET /v1/letters for one page. The service has no offset: it returns the newest `limit`
 * letters, so page n asks for the first n pages and one letter more (to know whether a next
 * page exists), up to MAX_ROWS.
 */
export function registerQuery(communeCode: string, filters: RegisterFilters, page: number): string {
  const query = new URLSearchParams({ communeCode });
  if (filters.kind) {
    query.set('kind', filters.kind);
  }
  if (filters.status) {
    query.set('status', filters.status);
  }
  if (filters.from) {
    query.set('from', filters.from);
  }
  if (filters.to) {
    query.set('to', filters.to);
  }
  const recipient = filters.recipient.trim().normalize('NFC');
  if (recipient) {
    query.set('recipient', recipient);
  }
  query.set('limit', String(Math.min(page * PAGE_SIZE + 1, MAX_ROWS)));
  return `/v1/letters?${query.toString()}`;
}

/** The rows of one page among what the service returned, and whether another page follows. */
export function pageOf<T>(
  rows: readonly T[],
  page: number,
): { rows: T[]; hasNext: boolean; capped: boolean } {
  const start = (page - 1) * PAGE_SIZE;
  const hasNext = rows.length > page * PAGE_SIZE;
  return {
    rows: rows.slice(start, start + PAGE_SIZE),
    hasNext,
    // The service's limit was reached: older letters exist that paging cannot reach.
    capped: !hasNext && rows.length >= MAX_ROWS,
  };
}
