import { vietnamCalendarDate } from '@libs/clock';

/**
 * Dossier codes in the national format of Circular 03/2025/TT-VPCP art. 13(3) (added by
 * Circular 04/2025/TT-VPCP, in force 25/01/2026): `MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX`.
 * - MX1X2.Y1Y2Y3.Z1Z2: e-ID of the deciding agency (here the commune People's Committee);
 * - YYMMDD: the receipt date; AA: two digits of the e-ID of the agency owning the system
 *   (here the province, whose system the desk uses); XXXX: the day's sequence, ≥ 4 digits.
 *
 * Official agency e-IDs are assigned by each province (Decision 20/2020/QĐ-TTg) and are not in
 * our reference data, so we derive a stable, unique stand-in from the 2025 codes: M = 'H'
 * (local government), X1X2 = the 2-digit province code, and Y1Y2Y3.Z1Z2 = the 5-digit commune
 * code split 3 + 2. Phường Hạc Thành (38, 14797) is H38.147.97; its first dossier of
 * 12 February 2026 is H38.147.97-260212-380001. Distinct communes always get distinct e-IDs.
 */
export function agencyElectronicId(commune: { code: string; provinceCode: string }): string {
  if (!/^\d{5}$/.test(commune.code) || !/^\d{2}$/.test(commune.provinceCode)) {
    throw new RangeError(`Not a 2025 commune: ${commune.provinceCode}/${commune.code}`);
  }
  return `H${commune.provinceCode}.${commune.code.slice(0, 3)}.${commune.code.slice(3)}`;
}

/** The date part of the code: the Vietnam calendar day the dossier arrived, YYMMDD. */
export function dossierCodeDay(receivedAt: Date): string {
  return vietnamCalendarDate(receivedAt).slice(2).replaceAll('-', '');
}

export function formatDossierCode(
  commune: { code: string; provinceCode: string },
  receivedAt: Date,
  sequence: number,
): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`Dossier sequence must be a positive whole number: ${sequence}`);
  }
  const number = String(sequence).padStart(4, '0');
  return `${agencyElectronicId(commune)}-${dossierCodeDay(receivedAt)}-${commune.provinceCode}${number}`;
}

/**
 * What a dossier code may look like: the current format, and the older agency-code formats
 * (e.g. 000.00.38.H56-261128-0001) that historical imports carry.
 */
export const DOSSIER_CODE_PATTERN = /^[A-Z0-9]{1,5}(\.[A-Z0-9]{1,5}){1,4}-\d{6}-\d{4,10}$/;
