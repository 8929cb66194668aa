import { calendarDaysBetween } from '@libs/clock';
import { LetterKind } from '@libs/contracts';

/**
 * Congratulations and condolences are for current events: a birth letter for a newborn, a
 * condolence for a recent death. A registration made long after the event (a late or
 * re-registration) is valid, and acknowledged, but gets no letter.
 *
 * Defaults are the statutory registration periods of the Law on Civil Status (Luật Hộ tịch
 * 2014): a birth within 60 days (Art. 15(1)), a death within 15 days (Art. 33(1)). A commune
 * may set its own window.
 */
export const STATUTORY_BIRTH_REGISTRATION_DAYS = 60;
export const STATUTORY_DEATH_REGISTRATION_DAYS = 15;

export interface OccasionWindows {
  birthDays: number;
  deathDays: number;
}

export const DEFAULT_OCCASION_WINDOWS: OccasionWindows = {
  birthDays: STATUTORY_BIRTH_REGISTRATION_DAYS,
  deathDays: STATUTORY_DEATH_REGISTRATION_DAYS,
};

/** The event a letter answers and the day it was registered (Vietnam calendar dates). */
export interface Occasion {
  eventDate: string;
  registeredOn: string;
}

export interface WindowCheck {
  within: boolean;
  /** Days from the event to its registration. */
  days: number;
  windowDays: number;
  /** The rule in Vietnamese, for the register and for a refused request. */
  rule: string;
}

/** The window a kind of letter has, or undefined for letters that answer no dated event. */
export function windowDaysFor(kind: LetterKind, windows: OccasionWindows): number | undefined {
  switch (kind) {
    case 'birth-congratulation':
      return windows.birthDays;
    case 'death-condolence':
      return windows.deathDays;
    case 'marriage-congratulation':
    case 'apology':
    case 'overdue-apology':
    case 'thank-you':
    case 'survey-reminder':
      return undefined;
  }
}

function ruleText(kind: LetterKind, windowDays: number): string {
  return kind === 'birth-congratulation'
    ? `Thư chúc mừng chỉ gửi khi khai sinh được đăng ký trong vòng ${windowDays} ngày kể từ ngày sinh (Luật Hộ tịch 2014, Điều 15).`
    : `Thư chia buồn chỉ gửi khi khai tử được đăng ký trong vòng ${windowDays} ngày kể từ ngày mất (Luật Hộ tịch 2014, Điều 33).`;
}

export function checkOccasion(
  kind: LetterKind,
  occasion: Occasion,
  windows: OccasionWindows,
): WindowCheck | undefined {
  const windowDays = windowDaysFor(kind, windows);
  if (windowDays === undefined) {
    return undefined;
  }
  const days = calendarDaysBetween(occasion.eventDate, occasion.registeredOn);
  return {
    within: days >= 0 && days <= windowDays,
    days,
    windowDays,
    rule: ruleText(kind, windowDays),
  };
}
