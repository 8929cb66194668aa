import { DEFAULT_PROCEDURES } from '../data/default-procedures';
import { definitionProblems, effectiveCatalogue } from './procedure-catalogue';
import { ProcedureDefinition } from './procedure';

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
