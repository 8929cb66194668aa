import { isRealCalendarDate } from '@libs/clock';

/** A calendar date written YYYY-MM-DD, with no time zone attached. */
export type IsoDate = string;

const DAY_MS = 86_400_000;

/** Throws on anything that is not a real YYYY-MM-DD date, so typos never become holidays. */
export function assertIsoDate(date: string): IsoDate {
  if (!isRealCalendarDate(date)) {
    throw new RangeError(`Not a YYYY-MM-DD calendar date: ${date}`);
  }
  return date;
}

/** Days since 1970-01-01; plain integers make day arithmetic exact. */
export function toEpochDay(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return fromEpochDay(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay();
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
