import { COMMUNE_INTAKE_SETTINGS, PROVINCE_AGENCY_PREFIXES } from '../data/commune-intake-settings';
import { AgencyIdentity, resolveIntakeSettings } from './commune-intake-settings';
import { DOSSIER_CODE_PATTERN, formatDossierCode, importedCodeProblems } from './dossier-code';

const tables = { prefixes: PROVINCE_AGENCY_PREFIXES, communes: COMMUNE_INTAKE_SETTINGS };
const hacThanhSettings = resolveIntakeSettings({ code: '14797', provinceCode: '38' }, tables);
const hacThanhAgency = hacThanhSettings.agency as AgencyIdentity;
const hacThanh = { ...hacThanhSettings, agency: hacThanhAgency };

/** Phường Hạc Thành as the province's list would give it (an illustrative e-ID). */
const listed: AgencyIdentity = {
  agencyElectronicId: '000.12.38.H56',
  level1Code: 'H56',
  provisional: false,
  source: 'test',
  formerAgencyIds: ['000.05.38.H56'],
};

describe('dossier code', () => {
  it('should use Thanh Hóa’s agency prefix H56, not its statistics code 38 (QĐ 20/2020/QĐ-TTg)', () => {
    expect(hacThanhAgency.agencyElectronicId).toBe('H56.147.97');
    expect(hacThanhAgency.level1Code).toBe('H56');
    expect(hacThanhAgency.provisional).toBe(true);
  });

  it('should write the provincial form: e-ID, receipt date and a 4-digit day sequence', () => {
    // 08:30 in Vietnam on 12 February 2026.
    const code = formatDossierCode(hacThanh, new Date('2026-02-12T01:30:00Z'), 7);

    expect(code).toBe('H56.147.97-260212-0007');
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
  });

  it('should write AA before the sequence only on a national centralised system', () => {
    const national = {
      ...hacThanh,
      codeForm: 'national-centralised' as const,
      systemOwnerDigits: '56',
    };

    expect(formatDossierCode(national, new Date('2026-02-12T01:30:00Z'), 7)).toBe(
      'H56.147.97-260212-560007',
    );
    const { systemOwnerDigits: _digits, ...withoutOwner } = national;
    expect(() => formatDossierCode(withoutOwner, new Date(), 1)).toThrow(RangeError);
  });

  it('should date the code by the Vietnam calendar day, not the UTC one', () => {
    // 23:30 UTC on 11 February is 06:30 on 12 February in Vietnam.
    expect(formatDossierCode(hacThanh, new Date('2026-02-11T23:30:00Z'), 1)).toBe(
      'H56.147.97-260212-0001',
    );
  });

  it('should keep growing past four digits on a very busy day', () => {
    expect(formatDossierCode(hacThanh, new Date('2026-02-12T01:30:00Z'), 12345)).toBe(
      'H56.147.97-260212-12345',
    );
  });

  it('should refuse a sequence that is not a positive whole number', () => {
    expect(() => formatDossierCode(hacThanh, new Date(), 0)).toThrow(RangeError);
  });

  it('should issue no identity in a province whose agency prefix is not known', () => {
    expect(
      resolveIntakeSettings({ code: '00004', provinceCode: '01' }, tables).agency,
    ).toBeUndefined();
  });
});

describe('importedCodeProblems', () => {
  // 08:30 in Vietnam on 6 October 2025, imported on 1 December 2026.
  const receivedAt = new Date('2025-10-06T01:30:00Z');
  const now = new Date('2026-12-01T02:00:00Z');
  const problems = (code: string, agency: AgencyIdentity = hacThanhAgency, at = receivedAt) =>
    importedCodeProblems(code, { agency, codeForm: 'provincial' }, at, now);

  it('should accept the commune’s own code, and an untraceable older e-ID of the province while its own is provisional', () => {
    expect(problems('H56.147.97-251006-0001')).toEqual([]);
    expect(problems('000.00.38.H56-251006-0001')).toEqual([]);
  });

  it('should refuse a code of another province’s agency, naming its level-1 code', () => {
    expect(problems('H38.147.97-251006-380001')).toEqual([
      'Mã hồ sơ thuộc cơ quan H38.147.97 của tỉnh, thành phố khác (mã cấp 1 H38); xã, phường này có mã H56.147.97.',
    ]);
    expect(problems('000.00.00.G01-251006-0001')).toHaveLength(1);
  });

  it('should refuse a code of another commune of the same province', () => {
    expect(problems('H56.165.22-251006-0001')).toEqual([
      'Mã hồ sơ thuộc cơ quan H56.165.22, không phải của xã, phường này (H56.147.97).',
    ]);
  });

  it('should accept only its own and its former communes’ e-IDs once the province’s list names it', () => {
    expect(problems('000.12.38.H56-251006-0001', listed)).toEqual([]);
    expect(problems('000.05.38.H56-251006-0001', listed)).toEqual([]);
    expect(problems('000.00.38.H56-251006-0001', listed)).toEqual([
      'Mã hồ sơ thuộc cơ quan 000.00.38.H56, không phải của xã, phường này (000.12.38.H56).',
    ]);
  });

  it('should refuse a code dated in the future, on another day than the receipt, or on no real day', () => {
    expect(problems('H56.147.97-261202-0001')).toEqual([
      'Ngày trong mã hồ sơ không được ở tương lai.',
    ]);
    expect(problems('000.00.38.H56-251007-0001')).toEqual([
      'Ngày trong mã hồ sơ phải là ngày tiếp nhận (ngày 06 tháng 10 năm 2025).',
    ]);
    expect(problems('000.00.38.H56-250230-0001')).toEqual([
      'Ngày trong mã hồ sơ (250230) không phải là ngày có thật.',
    ]);
  });

  it('should report the agency and the date together', () => {
    expect(problems('H56.165.22-261202-0001')).toHaveLength(2);
  });
});
