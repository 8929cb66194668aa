import { calendarDaysBetween } from '@libs/clock';

import { CivilStatusOutcome } from './procedure';

/** A province's civil-status fees that the system applies by itself, with their source. */
export interface ProvinceCivilStatusFees {
  provinceCode: string;
  lateBirthRegistrationVnd: number;
  lateDeathRegistrationVnd: number;
  source: string;
  /** False until checked against the People's Council resolution in force. */
  confirmed: boolean;
}

/** One original to certify: its pages (of the original) and how many copies are wanted. */
export interface CopyRequest {
  pages: number;
  copies: number;
}

/** Circular 226/2016/TT-BTC art. 4(1): 2,000 đ a page, 1,000 đ from the third, 200,000 đ a copy at most. */
const FIRST_PAGES = 2;
const FIRST_PAGE_VND = 2_000;
const FURTHER_PAGE_VND = 1_000;
const COPY_CAP_VND = 200_000;

/** The copy-certification fee of one copy of an original of `pages` pages. */
export function copyFeeVnd(pages: number): number {
  if (!Number.isInteger(pages) || pages < 1) {
    throw new RangeError(`Pages must be a whole number ≥ 1: ${pages}`);
  }
  const first = Math.min(pages, FIRST_PAGES) * FIRST_PAGE_VND;
  const further = Math.max(pages - FIRST_PAGES, 0) * FURTHER_PAGE_VND;
  return Math.min(first + further, COPY_CAP_VND);
}

/** The fee for every copy of every original asked for at once. */
export function copyCertificationFeeVnd(requests: readonly CopyRequest[]): number {
  return requests.reduce((total, request) => {
    if (!Number.isInteger(request.copies) || request.copies < 1) {
      throw new RangeError(`Copies must be a whole number ≥ 1: ${request.copies}`);
    }
    return total + copyFeeVnd(request.pages) * request.copies;
  }, 0);
}

/**
 * The time the law gives to register: 60 days from the birth (Luật Hộ tịch 2014 art. 15(1)),
 * 15 days from the death (art. 33(1)). Registering within it is free (art. 11(1)(b)).
 */
export const REGISTRATION_PERIOD_DAYS: Partial<Record<CivilStatusOutcome, number>> = {
  birth: 60,
  death: 15,
};

/** Whether a birth or death of `eventDate` (YYYY-MM-DD) is registered late on `receiptDate`. */
export function isLateRegistration(
  outcome: CivilStatusOutcome,
  eventDate: string,
  receiptDate: string,
): boolean {
  const period = REGISTRATION_PERIOD_DAYS[outcome];
  if (period === undefined) {
    return false;
  }
  return calendarDaysBetween(eventDate, receiptDate) > period;
}

/** The late-registration fee of the province, or undefined when it has no entry. */
export function lateRegistrationFeeVnd(
  outcome: CivilStatusOutcome,
  fees: ProvinceCivilStatusFees | undefined,
): number | undefined {
  if (!fees) {
    return undefined;
  }
  if (outcome === 'birth') {
    return fees.lateBirthRegistrationVnd;
  }
  return outcome === 'death' ? fees.lateDeathRegistrationVnd : undefined;
}
