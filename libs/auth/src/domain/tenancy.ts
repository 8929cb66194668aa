import { DomainError } from '@libs/errors';

import { canRead, canWrite, Principal, TenantRef } from './principal';

/** Refuses a change to a commune the principal does not work for. */
export function assertCanWrite(principal: Principal, tenant: TenantRef): void {
  if (!canWrite(principal, tenant)) {
    throw new DomainError(
      'TENANCY.FORBIDDEN',
      'forbidden',
      `Tài khoản không được thao tác trên dữ liệu của xã, phường ${tenant.communeCode}.`,
    );
  }
}

/** Refuses a read outside the principal's communes or province. */
export function assertCanRead(principal: Principal, tenant: TenantRef): void {
  if (!canRead(principal, tenant)) {
    throw new DomainError(
      'TENANCY.FORBIDDEN',
      'forbidden',
      `Tài khoản không được xem dữ liệu của xã, phường ${tenant.communeCode}.`,
    );
  }
}
