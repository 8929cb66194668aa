import { isRealCalendarDate, vietnamCalendarDate, vietnameseLongDate } from './vietnam-time';

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
});
