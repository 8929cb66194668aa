import { vietnamCalendarDate } from '@libs/clock';

import { CertificationRegister } from '../../procedures/domain/procedure';
import { CertificationEntry, Dossier } from './dossier';

/**
 * The "sổ chứng thực" (Decree 23/2015/NĐ-CP art. 13, as detailed by Circular 01/2020/TT-BTP
 * art. 4): one book per kind of certification (SCT/BS copies, SCT/CK,ĐC signatures, SCT/CKND
 * translators' signatures, SCT/HĐ,GD contracts and transactions), numbered from 01 each year;
 * every certified document gets its own number. The copies of one original share it: our
 * reading of "per document", not re-read in the text (docs/legal-basis.md).
 *
 * A commune keeps one book of each kind a year, "01/<year>-<kind>" (a house convention: the law
 * opens a new book when one is full, which the platform's numbering never needs).
 */

/** The series of the shared counter: one per commune, kind and year. */
export function certificationSeries(register: CertificationRegister): string {
  return `certification:${register}`;
}

/** How many numbers a certification takes: one per original copied, else one. */
export function certificationNumbersNeeded(dossier: Dossier): number {
  return Math.max(dossier.receipt?.copyRequests?.length ?? 1, 1);
}

/** The year of the book: the certification's own Vietnam calendar year. */
export function certificationYear(at: Date): string {
  return vietnamCalendarDate(at).slice(0, 4);
}

export function certificationEntry(
  register: CertificationRegister,
  at: Date,
  numbers: number[],
): CertificationEntry {
  return { book: `01/${certificationYear(at)}-${register}`, numbers, at };
}

/** "Số chứng thực: 125; Quyển số: 01/2026-SCT/BS", or "Số chứng thực: 125–127; …" for a range. */
export function certificationNumberText(entry: CertificationEntry): string {
  const sorted = [...entry.numbers].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const contiguous = sorted.every(
    (value, index) => index === 0 || value === (sorted[index - 1] ?? 0) + 1,
  );
  const numbers =
    sorted.length === 1 || first === undefined || last === undefined
      ? sorted.join(', ')
      : contiguous
        ? `${first}–${last}`
        : sorted.join(', ');
  return `Số chứng thực: ${numbers}; Quyển số: ${entry.book}`;
}
