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

/**
 * The tenants a principal may read: the communes it works for, and the whole province for
 * the province role. Repositories turn it into their store filter (libs/persistence), so a
 * guessed id of another commune's record finds nothing.
 */
export interface TenantScope {
  readonly communes: readonly string[];
  readonly provinceCode?: string;
}

export function tenantScopeOf(principal: Principal): TenantScope {
  const communes = [...principal.communes];
  return principal.roles.includes('province') && principal.provinceCode
    ? { communes, provinceCode: principal.provinceCode }
    : { communes };
}
