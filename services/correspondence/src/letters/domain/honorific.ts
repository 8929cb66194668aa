import { Sex } from '@libs/contracts';

/**
 * How a letter of the commune People's Committee addresses a person (docs/letters.md,
 * "Honorifics"). No statute fixes it; the rule follows the practice of these letters:
 *
 * - sex not recorded: the form placeholder "Ông/Bà" (the only case that keeps the slash);
 * - under 40: "Anh" / "Chị", as the friendly-government letters address young parents and
 *   couples (the chair, usually older, writes as to a younger citizen);
 * - 40 and over: "Ông" / "Bà", the respectful form of administrative correspondence (Decree
 *   30/2020, Phụ lục III, Mẫu 1.8: "Ông (bà)");
 * - age not recorded: "Ông" / "Bà", except for a marriage, where couples are addressed as
 *   "Anh" / "Chị" unless their ages say otherwise.
 *
 * The deceased in a condolence: "Cụ" from 70, the first age the Law on the Elderly (Luật Người
 * cao tuổi 2009, Art. 21) celebrates ("mừng thọ"); otherwise the same rule. Their age is given
 * as "hưởng thọ" from 60, the age from which a citizen is elderly (same law, Art. 2), and
 * "hưởng dương" below it.
 */
export type Honorific = 'Ông' | 'Bà' | 'Anh' | 'Chị' | 'Ông/Bà';
export type DeceasedHonorific = Honorific | 'Cụ';

export const YOUNG_ADULT_BELOW_AGE = 40;
export const ELDERLY_FROM_AGE = 60;
export const VENERABLE_FROM_AGE = 70;

export interface PersonFacts {
  sex?: Sex;
  /** YYYY-MM-DD. */
  dateOfBirth?: string;
}

/** What to assume when the age is not recorded. */
export type UnknownAgeDefault = 'elder' | 'young';

/** Full years between a date of birth and a calendar date (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number);
  const [year, month, day] = on.split('-').map(Number);
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

export function honorific(
  person: PersonFacts,
  on: string,
  unknownAge: UnknownAgeDefault = 'elder',
): Honorific {
  if (!person.sex) {
    return 'Ông/Bà';
  }
  const young = person.dateOfBirth
    ? ageOn(person.dateOfBirth, on) < YOUNG_ADULT_BELOW_AGE
    : unknownAge === 'young';
  if (person.sex === 'male') {
    return young ? 'Anh' : 'Ông';
  }
  return young ? 'Chị' : 'Bà';
}

export interface DeceasedNaming {
  title: DeceasedHonorific;
  /** ", hưởng thọ 84 tuổi," or "" when the age is not recorded. */
  ageClause: string;
}

export function deceasedNaming(deceased: PersonFacts & { dateOfDeath: string }): DeceasedNaming {
  if (!deceased.dateOfBirth) {
    return { title: honorific(deceased, deceased.dateOfDeath), ageClause: '' };
  }
  const age = ageOn(deceased.dateOfBirth, deceased.dateOfDeath);
  const title: DeceasedHonorific =
    age >= VENERABLE_FROM_AGE ? 'Cụ' : honorific(deceased, deceased.dateOfDeath);
  const words = age >= ELDERLY_FROM_AGE ? 'hưởng thọ' : 'hưởng dương';
  return { title, ageClause: `, ${words} ${age} tuổi,` };
}

/** "Anh, Chị" or "Ông, Bà": how a sentence refers to two people together. */
export function jointTitle(titles: readonly Honorific[]): string {
  return [...new Set(titles)].join(', ');
}
