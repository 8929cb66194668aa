import { addDays } from './iso-date';
import { lunarToSolar, solarToLunar } from './lunar';

describe('Vietnamese lunar calendar', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('should put Tết (1/1 lunar) %i on %s', (year, solar) => {
    expect(lunarToSolar(1, 1, year)).toBe(solar);
    expect(solarToLunar(solar)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])("should put the Hùng Kings' day (10/3 lunar) %i on %s", (year, solar) => {
    expect(lunarToSolar(10, 3, year)).toBe(solar);
  });

  it('should compute at UTC+7, where Tết differs from the Chinese (UTC+8) calendar', () => {
    // Tết Đinh Hợi was 17/2/2007 in Vietnam and 18/2/2007 in China; Tết Ất Sửu 21/1/1985 (vs 20/2).
    expect(lunarToSolar(1, 1, 2007)).toBe('2007-02-17');
    expect(lunarToSolar(1, 1, 1985)).toBe('1985-01-21');
  });

  it('should match the lunar dates printed in the yearly holiday notices', () => {
    // 6150/TB-BLĐTBXH: 25/01/2025 = 26 tháng Chạp Giáp Thìn; 9441/TB-BNV: 16/02/2026 = 29 tháng Chạp Ất Tỵ.
    expect(solarToLunar('2025-01-25')).toEqual({ day: 26, month: 12, year: 2024, leap: false });
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(solarToLunar('2026-02-20')).toEqual({ day: 4, month: 1, year: 2026, leap: false });
  });

  it('should handle leap months (nhuận tháng 2 Quý Mão 2023, nhuận tháng 6 Ất Tỵ 2025)', () => {
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 7, 2025)).toBe('2025-08-23');
  });

  it('should refuse lunar dates that do not exist', () => {
    expect(() => lunarToSolar(1, 3, 2025, true)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 1, 2024, true)).toThrow(RangeError);
    expect(() => lunarToSolar(31, 1, 2025)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 13, 2025)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 1, 1800)).toThrow(RangeError);
  });

  it('should round-trip every day from 2000 to 2100 and number the days consecutively', () => {
    let previous = solarToLunar('1999-12-31');
    for (let date = '2000-01-01'; date <= '2100-12-31'; date = addDays(date, 1)) {
      const lunar = solarToLunar(date);
      expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(date);
      // Each day is the next day of the same month, or day 1 of a new month after day 29/30.
      const continues = lunar.day === previous.day + 1;
      const newMonth = lunar.day === 1 && (previous.day === 29 || previous.day === 30);
      if (!continues && !newMonth) {
        throw new Error(`Lunar days jump at ${date}: ${JSON.stringify([previous, lunar])}`);
      }
      previous = lunar;
    }
  });
});
