import {
  addCalendarDays,
  calendarDaysBetween,
  endOfVietnamDay,
  isRealCalendarDate,
  startOfNextVietnamDay,
  startOfVietnamDay,
  VIETNAM_TIME_ZONE,
  vietnamCalendarDate,
  vietnameseAmount,
  vietnameseDateTime,
  vietnameseLongDate,
  vietnamHourMinute,
  vietnamInstant,
  vietnamWallClock,
} from './vietnam-time';

describe('vietnam time', () => {
  it('should give the Vietnam calendar date, which is already tomorrow after 17:00 UTC', () => {
    expect(vietnamCalendarDate(new Date('2026-11-28T16:59:59Z'))).toBe('2026-11-28');
    expect(vietnamCalendarDate(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
  });

  it('should accept real dates and refuse impossible ones', () => {
    expect(isRealCalendarDate('2024-02-29')).toBe(true);
    expect(isRealCalendarDate('2025-02-29')).toBe(false);
    expect(isRealCalendarDate('2025-13-01')).toBe(false);
    expect(isRealCalendarDate('20-01-2025')).toBe(false);
  });

  it('should write dates the way administrative documents do', () => {
    expect(vietnameseLongDate('2026-11-28')).toBe('ngày 28 tháng 11 năm 2026');
    expect(vietnameseLongDate('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(vietnameseLongDate('2026-07-15')).toBe('ngày 15 tháng 7 năm 2026');
  });

  it('should bound a Vietnam day at its own midnights, not at UTC midnight', () => {
    expect(startOfVietnamDay('2026-03-01').toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(endOfVietnamDay('2026-03-01').toISOString()).toBe('2026-03-01T16:59:59.999Z');
    expect(startOfNextVietnamDay('2026-12-31').toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('should read the Vietnam wall clock of an instant and find the instant back', () => {
    const instant = new Date('2026-02-11T17:15:30Z');
    const wallClock = vietnamWallClock(instant);
    expect(wallClock).toEqual({
      date: '2026-02-12',
      hour: 0,
      minute: 15,
      msOfDay: 15 * 60_000 + 30_000,
    });
    expect(vietnamInstant(wallClock.date, wallClock.msOfDay)).toEqual(instant);
  });

  it('should agree with the time-zone database on every hour of a year', () => {
    const reference = new Intl.DateTimeFormat('en-CA', {
      timeZone: VIETNAM_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (let hour = 0; hour < 366 * 24; hour += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 59 * 60_000);
      const { date, hour: h, minute } = vietnamWallClock(instant);
      const text = `${date}, ${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      expect(text).toBe(reference.format(instant));
    }
  });

  it('should write an appointment time as slips and letters do', () => {
    const instant = new Date('2026-02-12T08:15:00+07:00');
    expect(vietnameseDateTime(instant)).toBe('08 giờ 15 phút, ngày 12 tháng 02 năm 2026');
    expect(vietnamHourMinute(new Date('2026-02-25T10:00:00Z'))).toBe('17:00');
  });

  it('should group amounts in đồng with dots', () => {
    expect(vietnameseAmount(1_234_567)).toBe('1.234.567 đồng');
    expect(vietnameseAmount(10_000)).toBe('10.000 đồng');
    expect(vietnameseAmount(500)).toBe('500 đồng');
  });

  it('should do calendar-day arithmetic across months, years and leap days', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(calendarDaysBetween('2025-12-31', '2026-03-01')).toBe(60);
    expect(calendarDaysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });
});
