import { PROVINCE_OFFICE_HOURS, type ProvinceOfficeHours } from './data/province-office-hours';
import { DueOptions, OfficeHours } from './office-hours';
import { VietnamWorkingCalendar } from './working-calendar';

const PROVINCE_CODE = /^\d{2}$/;

/** Every problem of a table at once, one line each (empty when the table is valid). */
export function officeHoursTableProblems(table: readonly ProvinceOfficeHours[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of table) {
    const name = `province ${entry.provinceCode}`;
    if (!PROVINCE_CODE.test(entry.provinceCode)) {
      problems.push(`${name}: provinceCode must be 2 digits`);
    }
    if (seen.has(entry.provinceCode)) {
      problems.push(`${name}: listed twice`);
    }
    seen.add(entry.provinceCode);
    if (entry.source.trim() === '') {
      problems.push(`${name}: source must say where the hours come from`);
    }
    try {
      new OfficeHours(new VietnamWorkingCalendar([]), entry.sessions);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** Office hours per province over one working calendar; provinces without an entry get the default. */
export class ProvinceOfficeHoursTable {
  private readonly byProvince: ReadonlyMap<string, OfficeHours>;
  private readonly fallback: OfficeHours;

  constructor(
    table: readonly ProvinceOfficeHours[] = PROVINCE_OFFICE_HOURS,
    calendar: VietnamWorkingCalendar = new VietnamWorkingCalendar(),
  ) {
    const problems = officeHoursTableProblems(table);
    if (problems.length > 0) {
      throw new RangeError(`Invalid office hours: ${problems.join('; ')}`);
    }
    this.fallback = new OfficeHours(calendar);
    this.byProvince = new Map(
      table.map((entry) => [entry.provinceCode, new OfficeHours(calendar, entry.sessions)]),
    );
  }

  /** The province's office hours; the default sessions for a province without an entry. */
  forProvince(provinceCode?: string): OfficeHours {
    return (provinceCode !== undefined && this.byProvince.get(provinceCode)) || this.fallback;
  }
}

let standardTable: ProvinceOfficeHoursTable | undefined;

function standard(provinceCode?: string): OfficeHours {
  standardTable ??= new ProvinceOfficeHoursTable();
  return standardTable.forProvince(provinceCode);
}

export interface ProvinceDueOptions extends DueOptions {
  /** Whose office hours apply; the default sessions without it. */
  provinceCode?: string;
}

/** {@link OfficeHours.dueAt} with the built-in calendar and the province's office hours. */
export function dueAt(
  receivedAt: Date,
  processingWorkingDays: number,
  options: ProvinceDueOptions = {},
): Date {
  const { provinceCode, ...due } = options;
  return standard(provinceCode).dueAt(receivedAt, processingWorkingDays, due);
}

/** {@link OfficeHours.extendDue} with the built-in calendar and the province's office hours. */
export function extendDue(due: Date, workingDays: number, provinceCode?: string): Date {
  return standard(provinceCode).extendDue(due, workingDays);
}

/** {@link OfficeHours.isOpen} with the built-in calendar and the province's office hours. */
export function isWithinOfficeHours(instant: Date, provinceCode?: string): boolean {
  return standard(provinceCode).isOpen(instant);
}

/** {@link OfficeHours.nextOpening} with the built-in calendar and the province's office hours. */
export function nextOfficeOpening(instant: Date, provinceCode?: string): Date {
  return standard(provinceCode).nextOpening(instant);
}

/** {@link OfficeHours.workingHoursBetween} with the built-in calendar. */
export function workingHoursBetween(from: Date, to: Date, provinceCode?: string): number {
  return standard(provinceCode).workingHoursBetween(from, to);
}

/** {@link OfficeHours.subtractWorkingHours} with the built-in calendar. */
export function subtractWorkingHours(due: Date, hours: number, provinceCode?: string): Date {
  return standard(provinceCode).subtractWorkingHours(due, hours);
}
