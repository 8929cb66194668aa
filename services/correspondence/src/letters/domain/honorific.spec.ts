import { ageOn, deceasedNaming, honorific, jointTitle } from './honorific';

// The rule and its sources: docs/letters.md ("Honorifics") and honorific.ts.
const ON = '2026-11-28';

describe('ageOn', () => {
  it('should count full years, the birthday itself included', () => {
    expect(ageOn('1986-11-28', ON)).toBe(40);
    expect(ageOn('1986-11-29', ON)).toBe(39);
  });
});

describe('honorific', () => {
  it.each([
    ['male', '1990-05-01', 'Anh'],
    ['female', '1990-05-01', 'Chị'],
    ['male', '1986-11-28', 'Ông'],
    ['female', '1960-01-01', 'Bà'],
  ] as const)('should address a %s born %s as "%s"', (sex, dateOfBirth, expected) => {
    expect(honorific({ sex, dateOfBirth }, ON)).toBe(expected);
  });

  it('should use "Ông"/"Bà" when the age is not recorded, "Anh"/"Chị" for a couple', () => {
    expect(honorific({ sex: 'male' }, ON)).toBe('Ông');
    expect(honorific({ sex: 'female' }, ON)).toBe('Bà');
    expect(honorific({ sex: 'male' }, ON, 'young')).toBe('Anh');
    expect(honorific({ sex: 'female' }, ON, 'young')).toBe('Chị');
  });

  it('should let a recorded age win over the couple default', () => {
    expect(honorific({ sex: 'male', dateOfBirth: '1955-02-02' }, ON, 'young')).toBe('Ông');
  });

  it('should keep the placeholder "Ông/Bà" only when the sex is not recorded', () => {
    expect(honorific({}, ON)).toBe('Ông/Bà');
    expect(honorific({ dateOfBirth: '1990-01-01' }, ON)).toBe('Ông/Bà');
  });

  it('should join two titles once each', () => {
    expect(jointTitle(['Anh', 'Chị'])).toBe('Anh, Chị');
    expect(jointTitle(['Bà'])).toBe('Bà');
  });
});

describe('deceasedNaming', () => {
  it('should call the deceased "Cụ" from 70 and give the age as "hưởng thọ"', () => {
    expect(
      deceasedNaming({ sex: 'male', dateOfBirth: '1942-03-15', dateOfDeath: '2026-11-20' }),
    ).toEqual({ title: 'Cụ', ageClause: ', hưởng thọ 84 tuổi,' });
  });

  it('should say "hưởng thọ" from 60 and keep "Ông"/"Bà" below 70', () => {
    expect(
      deceasedNaming({ sex: 'female', dateOfBirth: '1960-01-10', dateOfDeath: '2026-11-20' }),
    ).toEqual({ title: 'Bà', ageClause: ', hưởng thọ 66 tuổi,' });
  });

  it('should say "hưởng dương" below 60', () => {
    expect(
      deceasedNaming({ sex: 'male', dateOfBirth: '1975-06-01', dateOfDeath: '2026-11-20' }),
    ).toEqual({ title: 'Ông', ageClause: ', hưởng dương 51 tuổi,' });
    expect(
      deceasedNaming({ sex: 'female', dateOfBirth: '1995-06-01', dateOfDeath: '2026-11-20' }),
    ).toEqual({ title: 'Chị', ageClause: ', hưởng dương 31 tuổi,' });
  });

  it('should name without an age when the date of birth is not recorded', () => {
    expect(deceasedNaming({ sex: 'male', dateOfDeath: '2026-11-20' })).toEqual({
      title: 'Ông',
      ageClause: '',
    });
  });
});
