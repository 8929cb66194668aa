import { DomainError } from '@libs/errors';

import { hasAnyRole, Principal, Role } from './principal';

/** The one role that may say when something happened: historical import, the scenario runner. */
export const HISTORICAL_ENTRY_ROLES: readonly Role[] = ['system'];

/**
 * The business time a request states instead of "now" (when an answer was given, a letter
 * received, an appointment moved), or undefined when it states none. Only the historical
 * entry role may state one, and never in the future; anyone else acts now. Refusals have
 * stable codes: HISTORICAL_TIME.ROLE_FORBIDDEN (403), HISTORICAL_TIME.IN_FUTURE (400).
 */
export function historicalTime(
  stated: Date | undefined,
  principal: Principal,
  now: Date,
  field: string,
): Date | undefined {
  if (stated === undefined) {
    return undefined;
  }
  if (!hasAnyRole(principal, HISTORICAL_ENTRY_ROLES)) {
    throw new DomainError(
      'HISTORICAL_TIME.ROLE_FORBIDDEN',
      'forbidden',
      `Chỉ tài khoản nhập dữ liệu lịch sử được ghi thời điểm ${field}; để trống để ghi thời điểm hiện tại.`,
      [{ field, messages: ['Chỉ tài khoản nhập dữ liệu lịch sử được ghi trường này.'] }],
    );
  }
  if (Number.isNaN(stated.getTime()) || stated.getTime() > now.getTime()) {
    throw new DomainError(
      'HISTORICAL_TIME.IN_FUTURE',
      'invalid',
      `Thời điểm ${field} không được ở tương lai.`,
      [{ field, messages: ['Thời điểm không được ở tương lai.'] }],
    );
  }
  return stated;
}
