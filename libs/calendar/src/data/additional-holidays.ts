/** A yearly day off outside art. 112(1), with the act it rests on. */
export interface AdditionalHoliday {
  month: number;
  day: number;
  /** First year the day is off. */
  firstYear: number;
  reason: string;
  /** The act or acts it rests on, as far as they could be read. */
  basis: string;
  /** False while the basis was seen only in secondary sources. */
  confirmed: boolean;
}

/**
 * Yearly days off added after Labour Code 2019 art. 112(1), kept as data so a change of the
 * legal text is a data change (docs/legal-basis.md, "Calendar").
 *
 * 24/11 Ngày Văn hóa Việt Nam: Politburo resolution 80-NQ/TW (7/1/2026) chose the day as a paid
 * day off, and Government resolution 30/NQ-CP (2/2026) ordered art. 112(1) amended (press reports).
 * "Nghị quyết 28/2026/QH16, in force 1/7/2026" is cited only by secondary sources; the text of the
 * National Assembly's act was not read, hence `confirmed: false`. Not being in art. 112(1) as
 * read, the day is not made up when it falls on a weekend (art. 111(3)).
 */
export const ADDITIONAL_HOLIDAYS: readonly AdditionalHoliday[] = [
  {
    month: 11,
    day: 24,
    firstYear: 2026,
    reason: 'Ngày Văn hóa Việt Nam',
    basis:
      'NQ 80-NQ/TW (7/1/2026); NQ 30/NQ-CP (2/2026); Nghị quyết 28/2026/QH16 (secondary sources only)',
    confirmed: false,
  },
];
