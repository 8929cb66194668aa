import { ProvinceCivilStatusFees } from '../domain/fees';

/**
 * Civil-status fees each province's People's Council sets (Luật Hộ tịch 2014 art. 11(2); Law
 * on Fees and Charges). Only the amounts the system computes by itself are listed: late birth and
 * death registrations. Entries stay `confirmed: false` until checked against the resolution
 * in force; a province without an entry has its officers enter the amount on the dossier.
 */
export const PROVINCE_CIVIL_STATUS_FEES: readonly ProvinceCivilStatusFees[] = [
  {
    provinceCode: '38',
    lateBirthRegistrationVnd: 8_000,
    lateDeathRegistrationVnd: 8_000,
    source:
      'Thanh Hóa fee table as posted by a commune (hoatgiang.hatrung.thanhhoa.gov.vn, citing QĐ 4764/2016/QĐ-UBND); the current HĐND resolution was not read',
    confirmed: false,
  },
];
