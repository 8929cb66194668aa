import { tenantScopeOf } from '@libs/auth';
import { HAC_THANH_OFFICER, THANH_HOA_PROVINCE_OFFICER } from '@libs/testing';

import { tenantFilter } from './tenant-filter';

const officer = HAC_THANH_OFFICER;
const province = THANH_HOA_PROVINCE_OFFICER;

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
