/**
 * Vietnamese lunar calendar (âm lịch), after Hồ Ngọc Đức's well-known astronomical algorithm
 * ("Thuật toán tính âm lịch"), computed for Vietnam's meridian, UTC+7.
 *
 * Why not an npm package: the candidates checked on the registry (@dqcai/vn-lunar 1.0.1,
 * vietnamese-lunar-calendar 0.0.6, amlich 0.0.2) were one-version, single-maintainer packages;
 * the first ships obfuscated ESM, the second defaults to the machine's time zone. The Chinese
 * calendar libraries (lunar-javascript, …) compute at UTC+8, which moves Tết in some years
 * (2007: Vietnam 17/2, China 18/2), so they do not fit either.
 *
 * The new-moon and sun-longitude series are Meeus-style approximations: good for 1900–2199,
 * which is the range accepted here.
 */
import { fromEpochDay, type IsoDate, toEpochDay } from './iso-date';

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year, named by the solar year in which its first month starts. */
  year: number;
  /** True for the intercalary (nhuận) copy of a month. */
  leap: boolean;
}

const TIME_ZONE_HOURS = 7;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
/** Julian Day Number of 1970-01-01. */
const JDN_UNIX_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the reference new moon (1900-01-01) the series counts from. */
const NEW_MOON_EPOCH = 2415021.076998695;
const RAD = Math.PI / 180;

function jdn(date: IsoDate): number {
  return toEpochDay(date) + JDN_UNIX_EPOCH;
}

function dateOfJdn(dayNumber: number): IsoDate {
  return fromEpochDay(dayNumber - JDN_UNIX_EPOCH);
}

/** Julian day (TT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const jd1 =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const c1 =
    (0.1734 - 0.000393 * t) * Math.sin(m) +
    0.0021 * Math.sin(2 * m) -
    0.4068 * Math.sin(mpr) +
    0.0161 * Math.sin(2 * mpr) -
    0.0004 * Math.sin(3 * mpr) +
    0.0104 * Math.sin(2 * f) -
    0.0051 * Math.sin(m + mpr) -
    0.0074 * Math.sin(m - mpr) +
    0.0004 * Math.sin(2 * f + m) -
    0.0004 * Math.sin(2 * f - m) -
    0.0006 * Math.sin(2 * f + mpr) +
    0.001 * Math.sin(2 * f - mpr) +
    0.0005 * Math.sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** Day number (JDN) of the k-th new moon, in Vietnam time. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** Which 30° sector (0–11) the sun's longitude is in at the start of the day, Vietnam time. */
function sunSector(dayNumber: number): number {
  const t = (dayNumber - 0.5 - TIME_ZONE_HOURS / 24 - 2451545.0) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.00029 * Math.sin(3 * m);
  let longitude = (l0 + dl) * RAD;
  longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
  return Math.floor((longitude / Math.PI) * 6);
}

/** Start (JDN) of the 11th lunar month, the one holding the winter solstice, of a solar year. */
function month11Start(year: number): number {
  const k = Math.floor((jdn(`${year}-12-31`) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a 13-month year, the offset from month 11 of the first month with no principal term. */
function leapMonthOffset(month11: number): number {
  const k = Math.floor((month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let offset = 1;
  let sector = sunSector(newMoonDay(k + offset));
  let previous: number;
  do {
    previous = sector;
    offset += 1;
    sector = sunSector(newMoonDay(k + offset));
  } while (sector !== previous && offset < 14);
  return offset - 1;
}

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`Lunar conversion supports ${FIRST_YEAR}–${LAST_YEAR}, not ${year}`);
  }
}

/** The lunar date of a solar date (Vietnam time). */
export function solarToLunar(date: IsoDate): LunarDate {
  const solarYear = Number(date.slice(0, 4));
  assertSupportedYear(solarYear);
  const dayNumber = jdn(date);
  // Start from the mean-moon estimate, then settle on the last new moon on or before the day:
  // the estimate can be a month off where a true new moon falls right at midnight (May 2054).
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k) > dayNumber) {
    k -= 1;
  }
  while (newMoonDay(k + 1) <= dayNumber) {
    k += 1;
  }
  const monthStart = newMoonDay(k);
  let a11 = month11Start(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = month11Start(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = month11Start(solarYear + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (diff >= leapOffset) {
      month = diff + 10;
      leap = diff === leapOffset;
    }
  }
  if (month > 12) {
    month -= 12;
  }
  if (month >= 11 && diff < 4) {
    year -= 1;
  }
  return { day: dayNumber - monthStart + 1, month, year, leap };
}

/** The solar date (Vietnam time) of a lunar date; throws for a date that does not exist. */
export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate {
  assertSupportedYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) {
    throw new RangeError(`Not a lunar date: ${day}/${month}/${year}`);
  }
  const [a11, b11] =
    month < 11
      ? [month11Start(year - 1), month11Start(year)]
      : [month11Start(year), month11Start(year + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) {
    offset += 12;
  }
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    // The leap month repeats the month before it: offset 2 from month 11 repeats month 12.
    const leapMonth = ((leapOffset + 9) % 12) + 1;
    if (leap && month !== leapMonth) {
      throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
    }
    if (leap || offset >= leapOffset) {
      offset += 1;
    }
  } else if (leap) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }
  const monthStart = newMoonDay(k + offset);
  // Lunar months have 29 or 30 days; day 30 exists only when the next new moon is a day later.
  if (day > newMoonDay(k + offset + 1) - monthStart) {
    throw new RangeError(`Lunar month ${month}/${year} has no day ${day}`);
  }
  return dateOfJdn(monthStart + day - 1);
}
