import { DEFAULT_PROCEDURES } from '../data/default-procedures';
import { ProcedureDefinition } from './procedure';
import { definitionProblems, effectiveCatalogue } from './procedure-catalogue';

const localProcedure: ProcedureDefinition = {
  key: 'residence-confirmation',
  name: 'Xác nhận thông tin về cư trú',
  processingWorkingDays: 1,
  feeVnd: 0,
  serviceLevel: 'full-online',
  civilStatusOutcome: 'none',
  active: true,
};

describe('procedure catalogue', () => {
  it('should offer at least the six procedures of the one-stop desk by default', () => {
    const keys = effectiveCatalogue(DEFAULT_PROCEDURES, []).map((procedure) => procedure.key);

    expect(keys).toEqual(
      expect.arrayContaining([
        'birth-registration',
        'marriage-registration',
        'death-registration',
        'copy-certification',
        'signature-certification',
        'marital-status-confirmation',
      ]),
    );
  });

  const byKey = (key: string) => DEFAULT_PROCEDURES.find((procedure) => procedure.key === key)!;

  it('should decide birth, marriage and death registration the same day, with the 15:00 rule', () => {
    // Luật Hộ tịch 2014 art. 16(2), 18(2), 34(2) and art. 5(3).
    for (const key of ['birth-registration', 'marriage-registration', 'death-registration']) {
      expect(byKey(key)).toMatchObject({ processingWorkingDays: 0, cutoff: '15:00' });
    }
  });

  it('should allow a longer verification time only where the law gives one', () => {
    const allowances = Object.fromEntries(
      DEFAULT_PROCEDURES.filter((procedure) => procedure.verification).map((procedure) => [
        procedure.key,
        procedure.verification!.maxWorkingDays,
      ]),
    );

    expect(allowances).toEqual({
      'marriage-registration': 5, // Luật Hộ tịch art. 18(2)
      'birth-residence-health-insurance': 5, // Decree 63/2024 art. 7(2)
      'civil-status-change-correction': 6, // art. 28(2): 3 + 3
      'parent-child-recognition': 8, // art. 25(2): 3 + 5
    });
    for (const procedure of DEFAULT_PROCEDURES.filter((candidate) => candidate.verification)) {
      expect(procedure.verification!.maxWorkingDays).toBeGreaterThan(
        procedure.processingWorkingDays,
      );
      expect(procedure.verification!.legalBasis).toMatch(/Điều \d+ khoản \d+/);
    }
  });

  it('should offer the Decree 63/2024 interlinked groups as procedures with their own times', () => {
    expect(byKey('birth-residence-health-insurance')).toMatchObject({
      processingWorkingDays: 3,
      cutoff: '15:00',
      civilStatusOutcome: 'birth',
    });
    expect(
      [
        'death-residence-social-insurance',
        'death-residence-social-protection',
        'death-residence-merit',
      ].map((key) => [
        byKey(key).processingWorkingDays,
        byKey(key).cutoff,
        byKey(key).civilStatusOutcome,
      ]),
    ).toEqual([
      [9, '15:00', 'death'],
      [6, '15:00', 'death'],
      [18, '15:00', 'death'],
    ]);
  });

  it('should apply the 15:00 cut-off only to same-day work and the interlinked groups', () => {
    const cutoffWithDays = DEFAULT_PROCEDURES.filter(
      (procedure) => procedure.cutoff && procedure.processingWorkingDays > 0,
    ).map((procedure) => procedure.key);

    expect(cutoffWithDays.sort()).toEqual([
      'birth-residence-health-insurance',
      'death-residence-merit',
      'death-residence-social-insurance',
      'death-residence-social-protection',
    ]);
    expect(byKey('marital-status-confirmation').cutoff).toBeUndefined();
    expect(byKey('contract-certification').cutoff).toBeUndefined();
    for (const procedure of DEFAULT_PROCEDURES.filter(
      (candidate) => candidate.processingWorkingDays === 0,
    )) {
      expect(procedure.cutoff).toBe('15:00');
    }
  });

  it.each([
    ['contract-certification', '2.001035', 2, 50_000, 'SCT/HĐ,GD'],
    ['will-certification', '2.001019', 2, 50_000, 'SCT/HĐ,GD'],
    ['inheritance-document-certification', '2.001406', 2, 50_000, 'SCT/HĐ,GD'],
    ['translator-signature-certification', '2.001008', 0, 10_000, 'SCT/CKND'],
    ['signature-certification', '2.000884', 0, 10_000, 'SCT/CK,ĐC'],
    ['copy-certification', '2.000815', 0, 2_000, 'SCT/BS'],
    ['electronic-copy-certification', '2.000815', 0, 2_000, 'SCT/BS'],
    ['civil-status-extract-copy', '2.000635', 0, 8_000, undefined],
    ['civil-status-change-correction', '1.004859', 3, 0, undefined],
    ['civil-status-supplement', '1.004859', 0, 0, undefined],
    ['birth-re-registration', '1.004884', 5, 0, undefined],
    ['parent-child-recognition', '1.001022', 3, 0, undefined],
  ])(
    'should offer %s with code %s, %i working days, %i đồng and its register',
    (key, code, days, fee, register) => {
      const procedure = byKey(key);

      expect(procedure).toMatchObject({
        nationalCode: code,
        processingWorkingDays: days,
        feeVnd: fee,
      });
      expect(procedure.certificationRegister).toBe(register);
      expect(procedure.requiredDocuments?.length).toBeGreaterThan(0);
      expect(procedure.legalBasis).toBeTruthy();
    },
  );

  it('should give every procedure a unique key and Vietnamese text in NFC', () => {
    const keys = DEFAULT_PROCEDURES.map((procedure) => procedure.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const procedure of DEFAULT_PROCEDURES) {
      const texts = [
        procedure.name,
        procedure.legalBasis ?? '',
        procedure.feeNote ?? '',
        ...(procedure.requiredDocuments ?? []),
      ];
      for (const text of texts) {
        expect(text).toBe(text.normalize('NFC'));
      }
    }
  });

  it('should keep the law-given verification time when a commune sets its own terms', () => {
    const { verification: _law, ...marriage } = byKey('marriage-registration');
    const catalogue = effectiveCatalogue(DEFAULT_PROCEDURES, [
      { ...marriage, feeVnd: 0, processingWorkingDays: 0, active: true },
      { ...localProcedure, key: 'local-thing' },
    ]);

    expect(catalogue.find((procedure) => procedure.key === 'marriage-registration')).toMatchObject({
      source: 'commune',
      verification: { maxWorkingDays: 5 },
    });
    expect(
      catalogue.find((procedure) => procedure.key === 'local-thing')?.verification,
    ).toBeUndefined();
  });

  it('should give certifications a same-day time with the 15:00 cut-off', () => {
    const copy = DEFAULT_PROCEDURES.find((procedure) => procedure.key === 'copy-certification');

    expect(copy).toMatchObject({ processingWorkingDays: 0, cutoff: '15:00', feeVnd: 2000 });
  });

  it('should add a commune procedure and let a commune override and withdraw built-in ones', () => {
    const catalogue = effectiveCatalogue(DEFAULT_PROCEDURES, [
      localProcedure,
      {
        ...DEFAULT_PROCEDURES.find((procedure) => procedure.key === 'copy-certification')!,
        feeVnd: 3000,
        active: true,
      },
      {
        ...DEFAULT_PROCEDURES.find((procedure) => procedure.key === 'signature-certification')!,
        active: false,
      },
    ]);

    const byKey = new Map(catalogue.map((procedure) => [procedure.key, procedure]));
    expect(byKey.get('residence-confirmation')).toMatchObject({ source: 'commune' });
    expect(byKey.get('copy-certification')).toMatchObject({ feeVnd: 3000, source: 'commune' });
    expect(byKey.has('signature-certification')).toBe(false);
    expect(byKey.get('birth-registration')).toMatchObject({ source: 'national-default' });
  });

  it('should refuse to change the civil-status outcome of a built-in procedure', () => {
    const birth = DEFAULT_PROCEDURES.find((procedure) => procedure.key === 'birth-registration')!;

    const problems = definitionProblems(
      { ...birth, civilStatusOutcome: 'none', active: true },
      DEFAULT_PROCEDURES,
    );

    expect(problems.map((problem) => problem.field)).toEqual(['civilStatusOutcome']);
    expect(definitionProblems(localProcedure, DEFAULT_PROCEDURES)).toEqual([]);
  });
});
