import { vietnamCalendarDate, vietnameseLongDate } from '@libs/clock';
import { renderTemplate } from '@libs/documents';
import { Commune } from '@libs/reference-data';
import { Signer, signatureLines } from '../../settings/domain/letter-settings';
import { TemplateWording } from '../../templates/domain/letter-template';
import { LetterContent } from './letter';

export const NATIONAL_MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const COMMUNE_KIND_PREFIX = /^(Xã|Phường|Đặc khu)\s+/u;

export interface LetterComposition {
  wording: TemplateWording;
  /** A value for every placeholder the kind allows. */
  values: Readonly<Record<string, string>>;
  commune: Commune;
  signer: Signer;
  writtenAt: Date;
}

/** "Hạc Thành": the place name an official letter is dated from. */
export function placeName(commune: Commune): string {
  return commune.name.replace(COMMUNE_KIND_PREFIX, '');
}

/**
 * "phường Hạc Thành": inside a sentence Decree 30/2020 (Phụ lục II) writes the unit word in
 * lower case ("Ủy ban nhân dân phường Hạc Thành"); only the header is all capitals.
 */
export function communeNameInText(commune: Commune): string {
  return commune.name.replace(COMMUNE_KIND_PREFIX, (kind) => kind.toLocaleLowerCase('vi'));
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
 */
export function composeLetter(composition: LetterComposition): LetterContent {
  const { wording, values, commune, signer, writtenAt } = composition;
  return {
    issuer: `Ủy ban nhân dân ${commune.name}`.toLocaleUpperCase('vi').normalize('NFC'),
    nationalMotto: [...NATIONAL_MOTTO],
    placeAndDate: `${placeName(commune)}, ${vietnameseLongDate(vietnamCalendarDate(writtenAt))}`,
    title: renderTemplate(wording.title, values),
    salutation: renderTemplate(wording.salutation, values),
    paragraphs: wording.paragraphs.map((paragraph) => renderTemplate(paragraph, values)),
    signatureBlock: signatureLines(signer.role),
    ...(signer.fullName ? { signerName: signer.fullName } : {}),
  };
}
