import { ADDITIONAL_HOLIDAYS } from './data/additional-holidays';
import { OFFICIAL_DAYS_2026 } from './data/official-days-2026';
import { OFFICIAL_YEARS } from './data/official-years';
import { VietnamWorkingCalendar } from './working-calendar';

describe('VietnamWorkingCalendar', () => {
  const calendar = new VietnamWorkingCalendar();

  it('should take weekends off and name them', () => {
    expect(calendar.isWorkingDay('2026-03-13')).toBe(true);
    expect(calendar.nonWorkingReason('2026-03-14')).toBe('Thứ Bảy');
    expect(calendar.nonWorkingReason('2026-03-15')).toBe('Chủ nhật');
    expect(calendar.nonWorkingReason('2026-03-16')).toBeUndefined();
  });

  it('should close for the official Tết 2026 break, Mon 16/2 – Fri 20/2 (9441/TB-BNV)', () => {
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      expect(calendar.nonWorkingReason(date)).toBe('Tết Nguyên đán');
    }
    expect(calendar.nonWorkingReason('2026-02-14')).toBe('Thứ Bảy');
    expect(calendar.nonWorkingReason('2026-02-22')).toBe('Chủ nhật');
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(true);
    expect(calendar.addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
  });

  it('should close on 2/9/2026 with 1/9, and on Monday 31/8 swapped for Saturday 22/8', () => {
    expect(calendar.nonWorkingReason('2026-09-01')).toBe('Ngày Quốc khánh');
    expect(calendar.nonWorkingReason('2026-09-02')).toBe('Ngày Quốc khánh');
    expect(calendar.nonWorkingReason('2026-08-31')).toBe('Nghỉ hoán đổi dịp Quốc khánh');
    expect(calendar.isWorkingDay('2026-09-03')).toBe(true);
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
    expect(calendar.addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
  });

  it('should count make-up Saturdays as working days (26/4/2025, 10/1/2026)', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.nonWorkingReason('2026-01-02')).toBe('Nghỉ hoán đổi dịp Tết Dương lịch');
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
  });

  it('should skip 30/4–4/5/2025 (2/5 swapped) and 30/4–3/5/2026 (no swap)', () => {
    expect(calendar.nonWorkingReason('2025-04-30')).toBe('Ngày Chiến thắng');
    expect(calendar.nonWorkingReason('2025-05-01')).toBe('Ngày Quốc tế Lao động');
    expect(calendar.nonWorkingReason('2025-05-02')).toBe('Nghỉ hoán đổi dịp 30/4 và 1/5');
    expect(calendar.addWorkingDays('2025-04-29', 2)).toBe('2025-05-06');
    expect(calendar.addWorkingDays('2026-04-29', 2)).toBe('2026-05-05');
  });

  it('should make up the Hùng Kings day of Sunday 26/4/2026 on Monday 27/4', () => {
    expect(calendar.nonWorkingReason('2026-04-26')).toBe('Giỗ Tổ Hùng Vương');
    expect(calendar.nonWorkingReason('2026-04-27')).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
  });

  it('should take Friday 2/1/2026 off as a swap and work Saturday 10/1 instead (12729/VPCP-KGVX)', () => {
    // 1/1/2026 is a Thursday: no compensatory day arises; 2/1 is one side of a swap.
    expect(calendar.nonWorkingReason('2026-01-01')).toBe('Tết Dương lịch');
    expect(calendar.nonWorkingReason('2026-01-02')).toBe('Nghỉ hoán đổi dịp Tết Dương lịch');
    expect(calendar.daysOff(2026).map((day) => day.reason)).not.toContain('Nghỉ bù Tết Dương lịch');
    expect(calendar.nonWorkingReason('2026-01-10')).toBeUndefined();
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(calendar.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    expect(OFFICIAL_DAYS_2026.sources).toContain('12729/VPCP-KGVX');
  });

  it('should close on Ngày Văn hóa Việt Nam from 2026 only, as data with its basis', () => {
    expect(calendar.nonWorkingReason('2026-11-24')).toBe('Ngày Văn hóa Việt Nam');
    expect(calendar.isWorkingDay('2025-11-24')).toBe(true);
    expect(ADDITIONAL_HOLIDAYS).toContainEqual(
      expect.objectContaining({ month: 11, day: 24, firstYear: 2026, confirmed: false }),
    );
    expect(ADDITIONAL_HOLIDAYS[0]?.basis).toContain('80-NQ/TW');
  });

  it('should take the added days from data, not from code', () => {
    const withoutAdditions = new VietnamWorkingCalendar(OFFICIAL_YEARS, []);
    const withAnother = new VietnamWorkingCalendar(OFFICIAL_YEARS, [
      { month: 3, day: 10, firstYear: 2026, reason: 'Ngày thử', basis: 'test', confirmed: false },
    ]);

    expect(withoutAdditions.isWorkingDay('2026-11-24')).toBe(true);
    expect(withAnother.nonWorkingReason('2026-03-10')).toBe('Ngày thử');
    expect(
      () =>
        new VietnamWorkingCalendar(OFFICIAL_YEARS, [
          { month: 2, day: 30, firstYear: 2026, reason: 'Sai', basis: 'test', confirmed: false },
        ]),
    ).toThrow(RangeError);
  });

  it('should fall back to the rules for a year without official data (2027)', () => {
    expect(calendar.hasOfficialData(2027)).toBe(false);
    // Tết 2027 is Saturday 6/2: Fri 5/2 (last day of Bính Ngọ) to Tue 9/2, weekend days made up.
    expect(calendar.nonWorkingReason('2027-02-05')).toBe('Tết Nguyên đán');
    expect(calendar.nonWorkingReason('2027-02-06')).toBe('Tết Nguyên đán');
    expect(calendar.nonWorkingReason('2027-02-09')).toBe('Tết Nguyên đán');
    expect(calendar.nonWorkingReason('2027-02-10')).toBe('Nghỉ bù Tết Nguyên đán');
    expect(calendar.nonWorkingReason('2027-02-11')).toBe('Nghỉ bù Tết Nguyên đán');
    expect(calendar.isWorkingDay('2027-02-12')).toBe(true);
    expect(calendar.nonWorkingReason('2027-04-16')).toBe('Giỗ Tổ Hùng Vương');
    // 2/9/2027 is a Thursday: the rule pairs it with Friday 3/9.
    expect(calendar.nonWorkingReason('2027-09-03')).toBe('Ngày Quốc khánh');
    expect(calendar.isWorkingDay('2027-09-01')).toBe(true);
  });

  it('should let official data replace the built-in years', () => {
    const rulesOnly = new VietnamWorkingCalendar([]);
    // By rule alone 2025 Tết is 28/1–1/2 with Saturday 1/2 made up on Monday 3/2.
    expect(rulesOnly.isWorkingDay('2025-01-27')).toBe(true);
    expect(rulesOnly.nonWorkingReason('2025-02-03')).toBe('Nghỉ bù Tết Nguyên đán');
    expect(rulesOnly.isWorkingDay('2025-04-26')).toBe(false);
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
  });

  it('should count working days between dates as the inverse of addWorkingDays', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-25')).toBe(3);
    expect(calendar.workingDaysBetween('2026-02-25', '2026-02-13')).toBe(-3);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
    expect(calendar.addWorkingDays('2026-02-25', -3)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(calendar.firstWorkingDayFrom('2026-02-14')).toBe('2026-02-23');
  });

  it('should cross the new year (2025-12-31 + 1 working day skips 1/1 and the 2/1/2026 swap)', () => {
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
  });

  it('should refuse official data with a date outside its year or malformed', () => {
    const typo = { ...OFFICIAL_DAYS_2026, nationalDaySecondDay: '2025-09-01' };
    expect(() => new VietnamWorkingCalendar([typo])).toThrow(RangeError);
    const malformed = { ...OFFICIAL_DAYS_2026, tet: ['2026-02-30'] };
    expect(() => new VietnamWorkingCalendar([malformed])).toThrow(RangeError);
  });

  it('should reject malformed dates and fractional day counts', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('13/02/2026', 1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-13', 1.5)).toThrow(RangeError);
  });
});
