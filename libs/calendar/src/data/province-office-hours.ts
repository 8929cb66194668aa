import type { OfficeSession } from '../office-hours';

/** A province's office sessions and where they come from. */
export interface ProvinceOfficeHours {
  /** 2-digit province code (QĐ 19/2025/QĐ-TTg), e.g. '38' for Thanh Hóa. */
  provinceCode: string;
  sessions: readonly OfficeSession[];
  /** The provincial decision the sessions come from, or why the default is kept. */
  source: string;
  /** False while the sessions were not checked against the province's decision. */
  confirmed: boolean;
}

/**
 * Office hours of the one-stop desks, per province (2-digit code of QĐ 19/2025/QĐ-TTg): the one
 * place to set them. Each province decides its own hours (many northern provinces switch between
 * summer and winter hours); a province without an entry uses 08:00–12:00 and 13:00–17:00.
 * Entries are validated when the module loads, so a bad one stops every service at start.
 */
export const PROVINCE_OFFICE_HOURS: readonly ProvinceOfficeHours[] = [
  {
    provinceCode: '38',
    sessions: [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ],
    source:
      'Thanh Hóa: no provincial decision on working hours was read; the default sessions are kept until one is.',
    confirmed: false,
  },
];
