import { isRealCalendarDate, vietnamCalendarDate, vietnameseLongDate } from '@libs/clock';

import { AgencyIdentity, DossierCodeForm, level1CodeOf } from './commune-intake-settings';

/**
 * Dossier codes: the receiving agency's e-ID (Decision 20/2020/QĐ-TTg, from the province's
 * list), the receipt date YYMMDD, and the day's sequence.
 * - provincial form (provincial one-stop systems): `{e-ID}-{YYMMDD}-{XXXX}`, e.g.
 *   H56.147.97-260212-0007;
 * - national-centralised form, Circular 03/2025/TT-VPCP art. 13(3) added by Circular
 *   04/2025/TT-VPCP (from 25/01/2026), only for procedures on a centralised national system:
 *   `MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX`, AA being two digits of the system owner's e-ID.
 * The sequence has at least 4 digits and keeps growing on a very busy day.
 */
export interface DossierCodeIdentity {
  agency: Pick<AgencyIdentity, 'agencyElectronicId'>;
  codeForm: DossierCodeForm;
  systemOwnerDigits?: string;
}

/** The date part of the code: the Vietnam calendar day the dossier was received, YYMMDD. */
export function dossierCodeDay(receivedAt: Date): string {
  return vietnamCalendarDate(receivedAt).slice(2).replaceAll('-', '');
}

export function formatDossierCode(
  identity: DossierCodeIdentity,
  receivedAt: Date,
  sequence: number,
): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`Dossier sequence must be a positive whole number: ${sequence}`);
  }
  const number = String(sequence).padStart(4, '0');
  const day = dossierCodeDay(receivedAt);
  if (identity.codeForm === 'national-centralised') {
    if (!/^\d{2}$/.test(identity.systemOwnerDigits ?? '')) {
      throw new RangeError('The national-centralised form needs the system owner digits (AA)');
    }
    return `${identity.agency.agencyElectronicId}-${day}-${identity.systemOwnerDigits}${number}`;
  }
  return `${identity.agency.agencyElectronicId}-${day}-${number}`;
}

/**
 * What a dossier code may look like: either written order of the agency e-ID (H56.147.97, or
 * 000.00.38.H56 as historical imports carry), a date and a sequence.
 */
export const DOSSIER_CODE_PATTERN = /^[A-Z0-9]{1,5}(\.[A-Z0-9]{1,5}){1,4}-\d{6}-\d{4,10}$/;

const CODE_PARTS = /^(.+)-(\d{6})-(\d+)$/;

/**
 * Why a historical dossier's code cannot be imported into this commune, one message each;
 * empty when it can. The date in the code is the receipt date, so it must be that day and never
 * in the future. The agency in the code must be this commune (its e-ID or a former commune's
 * merged into it): a code of another province's agency (another level-1 code) is always refused;
 * within the province, an older e-ID that cannot be traced is accepted only while the commune's
 * own e-ID is provisional.
 */
export function importedCodeProblems(
  code: string,
  identity: DossierCodeIdentity & { agency: AgencyIdentity },
  receivedAt: Date,
  now: Date,
): string[] {
  const parts = CODE_PARTS.exec(code);
  if (!parts || !DOSSIER_CODE_PATTERN.test(code)) {
    return ['Mã hồ sơ không đúng định dạng.'];
  }
  const [, agencyId = '', yymmdd = '', number = ''] = parts;
  const problems: string[] = [];
  const day = `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4)}`;
  if (!isRealCalendarDate(day)) {
    problems.push(`Ngày trong mã hồ sơ (${yymmdd}) không phải là ngày có thật.`);
  } else if (day > vietnamCalendarDate(now)) {
    problems.push('Ngày trong mã hồ sơ không được ở tương lai.');
  } else if (day !== vietnamCalendarDate(receivedAt)) {
    problems.push(
      `Ngày trong mã hồ sơ phải là ngày tiếp nhận (${vietnameseLongDate(vietnamCalendarDate(receivedAt))}).`,
    );
  }
  const { agency } = identity;
  const own = agency.agencyElectronicId;
  const level1 = level1CodeOf(agencyId);
  const ours = agencyId === own || agency.formerAgencyIds.includes(agencyId);
  if (level1 === undefined) {
    problems.push(
      `Mã hồ sơ không mang mã định danh điện tử của cơ quan (${agencyId}) theo Quyết định 20/2020/QĐ-TTg.`,
    );
  } else if (level1 !== agency.level1Code) {
    problems.push(
      `Mã hồ sơ thuộc cơ quan ${agencyId} của tỉnh, thành phố khác (mã cấp 1 ${level1}); xã, phường này có mã ${own}.`,
    );
  } else if (!ours && (!agency.provisional || agencyId.startsWith(`${level1}.`))) {
    problems.push(`Mã hồ sơ thuộc cơ quan ${agencyId}, không phải của xã, phường này (${own}).`);
  } else if (
    agencyId === own &&
    identity.codeForm === 'national-centralised' &&
    !(number.startsWith(identity.systemOwnerDigits ?? '') && number.length >= 6)
  ) {
    problems.push(
      `Số hồ sơ phải bắt đầu bằng mã ${identity.systemOwnerDigits ?? ''} của cơ quan quản lý hệ thống và có ít nhất 4 chữ số thứ tự (Thông tư 03/2025/TT-VPCP, Điều 13 khoản 3).`,
    );
  }
  return problems;
}
