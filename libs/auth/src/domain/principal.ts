/**
 * Who may do what. Citizens have no account: they reach their own dossier with its code
 * and the secret printed on the receipt, and their own survey with a single-use token.
 */
export const ROLES = ['officer', 'leader', 'province', 'system'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  subject: string;
  name?: string;
  roles: Role[];
  /** 5-digit 2025 commune codes the principal works for (officer, leader, system). */
  communes: string[];
  /** 2-digit province code (province role). */
  provinceCode?: string;
}

export interface TenantRef {
  communeCode: string;
  provinceCode: string;
}

/** Roles that change records; the province role only reads. */
const WRITING_ROLES: readonly Role[] = ['officer', 'leader', 'system'];

export function hasAnyRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}

export function canRead(principal: Principal, tenant: TenantRef): boolean {
  if (principal.roles.includes('province') && principal.provinceCode === tenant.provinceCode) {
    return true;
  }
  return principal.communes.includes(tenant.communeCode);
}

export function canWrite(principal: Principal, tenant: TenantRef): boolean {
  return hasAnyRole(principal, WRITING_ROLES) && principal.communes.includes(tenant.communeCode);
}

/** The records a principal may read, as a store filter (a type alias: it fits `FilterQuery`). */
export type ReadableTenantFilter = {
  $or: ({ communeCode: { $in: string[] } } | { provinceCode: string })[];
};

/**
 * A store filter with only the records the principal may read. Repositories add it to
 * every query, so a guessed id of another commune's record finds nothing.
 */
export function readableTenantFilter(principal: Principal): ReadableTenantFilter {
  const clauses: ReadableTenantFilter['$or'] = [{ communeCode: { $in: principal.communes } }];
  if (principal.roles.includes('province') && principal.provinceCode) {
    clauses.push({ provinceCode: principal.provinceCode });
  }
  return { $or: clauses };
}
