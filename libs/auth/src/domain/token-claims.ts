import { Principal, Role, ROLES } from './principal';

const COMMUNE_CODE = /^\d{5}$/;
const PROVINCE_CODE = /^\d{2}$/;

/** Thrown for any token that cannot be trusted; the answer never says which check failed. */
export class UntrustedTokenError extends Error {}

/**
 * Reads the platform's claims from a verified JWT payload: `sub`, `name`, `roles`,
 * `communes` and `province`. An OpenID Connect provider (e.g. Keycloak) emits them
 * through protocol mappers.
 */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const { sub, name, roles, communes, province } = claims;
  if (typeof sub !== 'string' || sub.length === 0) {
    throw new UntrustedTokenError('token has no subject');
  }
  if (
    !Array.isArray(roles) ||
    roles.length === 0 ||
    !roles.every((role) => ROLES.includes(role as Role))
  ) {
    throw new UntrustedTokenError('token roles are missing or unknown');
  }
  const communeList = communes ?? [];
  if (
    !Array.isArray(communeList) ||
    !communeList.every((code) => typeof code === 'string' && COMMUNE_CODE.test(code))
  ) {
    throw new UntrustedTokenError('token communes are malformed');
  }
  if (province !== undefined && (typeof province !== 'string' || !PROVINCE_CODE.test(province))) {
    throw new UntrustedTokenError('token province is malformed');
  }
  return {
    subject: sub,
    ...(typeof name === 'string' ? { name } : {}),
    roles: roles as Role[],
    communes: communeList as string[],
    ...(province !== undefined ? { provinceCode: province } : {}),
  };
}
