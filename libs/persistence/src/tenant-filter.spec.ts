import { Principal, tenantScopeOf } from '@libs/auth';

import { tenantFilter } from './tenant-filter';

const officer: Principal = { subject: 'cb-1', roles: ['officer'], communes: ['14797'] };
const province: Principal = {
  subject: 'tinh-1',
  roles: ['province'],
  communes: [],
  provinceCode: '38',
};

describe('tenantFilter', () => {
  it('should name only the readable communes, or the province too for the province role', () => {
    expect(tenantFilter(tenantScopeOf(officer))).toEqual({
      $or: [{ communeCode: { $in: ['14797'] } }],
    });
    expect(tenantFilter(tenantScopeOf(province))).toEqual({
      $or: [{ communeCode: { $in: [] } }, { provinceCode: '38' }],
    });
  });
});
