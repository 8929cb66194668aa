import { vietnamCalendarDate, vietnameseLongDate } from '@libs/clock';
import { datelinePlace, renderTemplate, unitNameInSentence, UnitNaming } from '@libs/documents';
import { Commune } from '@libs/reference-data';

import { signatureLines, Signer } from '../../settings/domain/letter-settings';
import { TemplateWording } from '../../templates/domain/letter-template';
import { LetterContent } from './letter';

export const NATIONAL_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

export interface LetterComposition {
  wording: TemplateWording;
  /** A value for every placeholder the kind allows. */
  values: Readonly<Record<string, string>>;
  commune: Commune;
  /** What the commune is named after: decides the date line and the unit noun's case. */
  naming: UnitNaming;
  signer: Signer;
  writtenAt: Date;
}

/**
 * "Hạc Thành, ngày 28 tháng 11 năm 2026", or "Phường Đào Duy Từ, ngày …" for a unit named after
 * a person, a number or an event (Decree 30/2020, Phụ lục I §II.4a).
 */
export function placeAndDateLine(commune: Commune, naming: UnitNaming, at: Date): string {
  return `${datelinePlace(commune, naming)}, ${vietnameseLongDate(vietnamCalendarDate(at))}`;
}

/**
 * "phường Hạc Thành" inside a sentence, but "Phường Đào Duy Từ" for a unit named after a
 * person, a number or an event (Decree 30/2020, Phụ lục II §III.1).
 */
export function communeNameInText(commune: Commune, naming: UnitNaming): string {
  return unitNameInSentence(commune, naming);
}

/** "20 tháng 11 năm 2026": templates write "ngày {{date}}" themselves. */
export function longDateWithoutDay(calendarDate: string): string {
  return vietnameseLongDate(calendarDate).replace(/^ngày /u, '');
}

export function longDateOf(instant: Date): string {
  return longDateWithoutDay(vietnamCalendarDate(instant));
}

/**
 * An official letter of the commune People's Committee: its header and date line, the
 * template's title, salutation and body filled in, and the signer's block (Decree 30/2020).
 * The number ("Số: …") is given when the letter is issued, not when it is drafted.
 */
export function composeLetter(composition: LetterComposition): LetterContent {
  const { wording, values, commune, naming, signer, writtenAt } = composition;
  return {
    issuer: `Ủy ban nhân dân ${commune.name}`.toLocaleUpperCase('vi').normalize('NFC'),
    nationalMotto: [...NATIONAL_MOTTO],
    placeAndDate: placeAndDateLine(commune, naming, writtenAt),
    title: renderTemplate(wording.title, values),
    salutation: renderTemplate(wording.salutation, values),
    paragraphs: wording.paragraphs.map((paragraph) => renderTemplate(paragraph, values)),
    signatureBlock: signatureLines(signer.role),
    ...(signer.fullName ? { signerName: signer.fullName } : {}),
  };
}
