import { HAC_THANH_OFFICER, THANH_HOA_PROVINCE_OFFICER } from '@libs/testing';

import { canRead, canWrite, tenantScopeOf } from './principal';
import { assertCanWrite } from './tenancy';
import { principalFromClaims, UntrustedTokenError } from './token-claims';

const hacThanh = { communeCode: '14797', provinceCode: '38' };
const neighbour = { communeCode: '14800', provinceCode: '38' };
const hanoi = { communeCode: '00070', provinceCode: '01' };

const officer = HAC_THANH_OFFICER;
const province = THANH_HOA_PROVINCE_OFFICER;

describe('tenancy', () => {
  it('should let an officer read and write only the communes assigned to them', () => {
    expect(canRead(officer, hacThanh)).toBe(true);
    expect(canWrite(officer, hacThanh)).toBe(true);
    expect(canRead(officer, neighbour)).toBe(false);
    expect(canWrite(officer, neighbour)).toBe(false);
  });

  it('should let a province officer read every commune of the province and change none', () => {
    expect(canRead(province, hacThanh)).toBe(true);
    expect(canRead(province, neighbour)).toBe(true);
    expect(canRead(province, hanoi)).toBe(false);
    expect(canWrite(province, hacThanh)).toBe(false);
  });

  it('should scope reads to the assigned communes, and to the province for the province role', () => {
    expect(tenantScopeOf(officer)).toEqual({ communes: ['14797'] });
    expect(tenantScopeOf(province)).toEqual({ communes: [], provinceCode: '38' });
    expect(tenantScopeOf({ ...officer, provinceCode: '38' })).toEqual({ communes: ['14797'] });
  });

  it('should refuse a write outside the principal’s communes with a stable code', () => {
    expect(() => assertCanWrite(officer, neighbour)).toThrow(
      expect.objectContaining({ code: 'TENANCY.FORBIDDEN', kind: 'forbidden' }),
    );
  });
});

describe('principalFromClaims', () => {
  it('should read the platform claims', () => {
    expect(
      principalFromClaims({
        sub: 'cb-1',
        roles: ['officer', 'leader'],
        communes: ['14797'],
        name: 'Lê Hà',
      }),
    ).toEqual({
      subject: 'cb-1',
      name: 'Lê Hà',
      roles: ['officer', 'leader'],
      communes: ['14797'],
    });
  });

  it.each([
    ['no subject', { roles: ['officer'] }],
    ['no roles', { sub: 'x', roles: [] }],
    ['an unknown role', { sub: 'x', roles: ['admin'] }],
    ['a malformed commune', { sub: 'x', roles: ['officer'], communes: ['147'] }],
    ['a malformed province', { sub: 'x', roles: ['province'], province: 'Thanh Hóa' }],
  ])('should distrust a token with %s', (_case, claims) => {
    expect(() => principalFromClaims(claims)).toThrow(UntrustedTokenError);
  });
});
