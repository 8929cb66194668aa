import type {
  CommuneIntakeSettings,
  ProvinceAgencyPrefix,
} from '../domain/commune-intake-settings';

/**
 * Level-1 agency e-ID codes of the provinces (mã cấp 1, Decision 20/2020/QĐ-TTg on the
 * electronic identifiers of agencies). They are not the statistics codes of QĐ 19/2025/QĐ-TTg:
 * Thanh Hóa is 38 for statistics but H56 as an agency.
 */
export const PROVINCE_AGENCY_PREFIXES: readonly ProvinceAgencyPrefix[] = [
  {
    provinceCode: '38',
    level1Code: 'H56',
    provinceAgencyId: '000.00.00.H56',
    source:
      'QĐ 20/2020/QĐ-TTg (mã cấp 1 của UBND tỉnh); UBND tỉnh Thanh Hóa = 000.00.00.H56 as used by public one-stop systems. The level-1 code is checked; the list of commune e-IDs issued by the province after 1/7/2025 has not been loaded.',
  },
];

/**
 * Per-commune intake settings, set from the province's list of agency e-IDs and the commune's
 * decisions. A commune without an entry gets the defaults of `intakeSettingsFor`.
 */
export const COMMUNE_INTAKE_SETTINGS: readonly CommuneIntakeSettings[] = [];
