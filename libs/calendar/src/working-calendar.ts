import { ADDITIONAL_HOLIDAYS, type AdditionalHoliday } from './data/additional-holidays';
import { OFFICIAL_YEARS } from './data/official-years';
import { type DayOff, daysOffInYear, type OfficialYear } from './holidays';
import { addDays, assertIsoDate, dayOfWeek, type IsoDate, yearOf } from './iso-date';

/** Hand-entered notice data is checked once, so a typo fails loudly instead of moving a holiday. */
function assertOfficialYear(entry: OfficialYear): void {
  const dates = [
    ...entry.tet,
    entry.nationalDaySecondDay,
    ...entry.extraDaysOff.map((day) => day.date),
    ...entry.workingDays.map((day) => day.date),
  ];
  for (const date of dates) {
    if (yearOf(assertIsoDate(date)) !== entry.year) {
      throw new RangeError(`Official data for ${entry.year} lists ${date}`);
    }
  }
}

function assertAdditionalHoliday(holiday: AdditionalHoliday): void {
  const pad = (value: number): string => String(value).padStart(2, '0');
  // Written out rather than built with isoDate(), which would roll 30/2 over into March.
  assertIsoDate(`${holiday.firstYear}-${pad(holiday.month)}-${pad(holiday.day)}`);
}

interface YearPlan {
  daysOff: ReadonlyMap<IsoDate, string>;
  workingDays: ReadonlySet<IsoDate>;
}

/**
 * Working days of a Vietnamese state office: Monday–Friday, less the year's days off.
 * A year with an official notice uses it; any other year falls back to the statutory rules.
 */
export class VietnamWorkingCalendar {
  private readonly official: ReadonlyMap<number, OfficialYear>;
  private readonly plans = new Map<number, YearPlan>();

  constructor(
    officialYears: readonly OfficialYear[] = OFFICIAL_YEARS,
    private readonly additional: readonly AdditionalHoliday[] = ADDITIONAL_HOLIDAYS,
  ) {
    officialYears.forEach(assertOfficialYear);
    additional.forEach(assertAdditionalHoliday);
    this.official = new Map(officialYears.map((entry) => [entry.year, entry]));
  }

  /** True when the year's days come from a notice rather than from the fallback rules. */
  hasOfficialData(year: number): boolean {
    return this.official.has(year);
  }

  /** The year's days off other than plain weekends, in date order. */
  daysOff(year: number): DayOff[] {
    return [...this.plan(year).daysOff].map(([date, reason]) => ({ date, reason }));
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.nonWorkingReason(date) === undefined;
  }

  /** Why a day is not worked ('Tết Nguyên đán', 'Thứ Bảy', …), or undefined on a working day. */
  nonWorkingReason(date: IsoDate): string | undefined {
    const plan = this.plan(yearOf(assertIsoDate(date)));
    if (plan.workingDays.has(date)) {
      return undefined;
    }
    const holiday = plan.daysOff.get(date);
    if (holiday !== undefined) {
      return holiday;
    }
    const day = dayOfWeek(date);
    if (day === 6) {
      return 'Thứ Bảy';
    }
    return day === 0 ? 'Chủ nhật' : undefined;
  }

  /** The day itself when it is a working day, else the next one. */
  firstWorkingDayFrom(date: IsoDate): IsoDate {
    let current = assertIsoDate(date);
    while (!this.isWorkingDay(current)) {
      current = addDays(current, 1);
    }
    return current;
  }

  /**
   * The date n working days after `date` (before it when n < 0). The start day itself is not
   * counted (Civil Code 2015 art. 147(1)), so from a Friday, 1 working day is the next Monday.
   * n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) {
      throw new RangeError(`Working days must be a whole number, not ${n}`);
    }
    let current = assertIsoDate(date);
    const step = Math.sign(n);
    for (let left = Math.abs(n); left > 0;) {
      current = addDays(current, step);
      if (this.isWorkingDay(current)) {
        left -= 1;
      }
    }
    return current;
  }

  /**
   * Working days after `from` up to and including `to`; negative when `to` is earlier.
   * For a working day `to`, addWorkingDays(from, workingDaysBetween(from, to)) === to.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    assertIsoDate(from);
    assertIsoDate(to);
    if (to < from) {
      return -this.workingDaysBetween(to, from);
    }
    let count = 0;
    for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
      if (this.isWorkingDay(current)) {
        count += 1;
      }
    }
    return count;
  }

  private plan(year: number): YearPlan {
    let plan = this.plans.get(year);
    if (!plan) {
      const official = this.official.get(year);
      plan = {
        daysOff: new Map(
          daysOffInYear(year, official, this.additional).map((day) => [day.date, day.reason]),
        ),
        workingDays: new Set((official?.workingDays ?? []).map((day) => day.date)),
      };
      this.plans.set(year, plan);
    }
    return plan;
  }
}
