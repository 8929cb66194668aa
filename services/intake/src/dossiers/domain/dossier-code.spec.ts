import { agencyElectronicId, DOSSIER_CODE_PATTERN, formatDossierCode } from './dossier-code';

const hacThanh = { code: '14797', provinceCode: '38' };

describe('dossier code', () => {
  it('should derive a distinct agency e-ID per commune in the MX1X2.Y1Y2Y3.Z1Z2 shape', () => {
    expect(agencyElectronicId(hacThanh)).toBe('H38.147.97');
    expect(agencyElectronicId({ code: '14800', provinceCode: '38' })).toBe('H38.148.00');
    expect(agencyElectronicId({ code: '00004', provinceCode: '01' })).toBe('H01.000.04');
  });

  it('should write agency e-ID, receipt date and province digits with the day sequence', () => {
    // 08:30 in Vietnam on 12 February 2026.
    const code = formatDossierCode(hacThanh, new Date('2026-02-12T01:30:00Z'), 7);

    expect(code).toBe('H38.147.97-260212-380007');
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
  });

  it('should date the code by the Vietnam calendar day, not the UTC one', () => {
    // 23:30 UTC on 11 February is 06:30 on 12 February in Vietnam.
    expect(formatDossierCode(hacThanh, new Date('2026-02-11T23:30:00Z'), 1)).toBe(
      'H38.147.97-260212-380001',
    );
  });

  it('should keep growing past four digits on a very busy day', () => {
    expect(formatDossierCode(hacThanh, new Date('2026-02-12T01:30:00Z'), 12345)).toBe(
      'H38.147.97-260212-3812345',
    );
  });

  it('should accept codes of the older agency-code format for imports', () => {
    expect('000.00.38.H56-251006-0001').toMatch(DOSSIER_CODE_PATTERN);
    expect('not a code').not.toMatch(DOSSIER_CODE_PATTERN);
  });

  it('should refuse a sequence that is not a positive whole number', () => {
    expect(() => formatDossierCode(hacThanh, new Date(), 0)).toThrow(RangeError);
  });
});
