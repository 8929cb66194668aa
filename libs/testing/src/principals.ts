import type { Principal } from '@libs/auth';

/** An officer of Phường Hạc Thành (14797) only. */
export const HAC_THANH_OFFICER: Principal = {
  subject: 'cb-1',
  roles: ['officer'],
  communes: ['14797'],
};

/** A province officer of Thanh Hóa (38): no commune of their own, the province's to read. */
export const THANH_HOA_PROVINCE_OFFICER: Principal = {
  subject: 'tinh-1',
  roles: ['province'],
  communes: [],
  provinceCode: '38',
};
