import { formatInstant, formatShare, formatVnd, vietnamToday } from './format';

describe('formatting for the desk and the citizen', () => {
  it('should show an instant in Vietnam time, whatever the machine’s zone', () => {
    expect(formatInstant('2026-03-05T10:00:00Z', 'vi')).toBe('17:00 05/03/2026');
    expect(formatInstant('2026-03-05T17:30:00Z', 'en')).toBe('00:30 06/03/2026');
  });

  it('should write amounts in đồng with Vietnamese digit grouping', () => {
    expect(formatVnd(10000, 'vi')).toBe('10.000 đồng');
    expect(formatVnd(10000, 'en')).toBe('VND 10,000');
  });

  it('should write shares as percentages, and a dash where nothing was counted', () => {
    expect(formatShare(0.985, 'vi')).toBe('98,5%');
    expect(formatShare(1, 'en')).toBe('100%');
    expect(formatShare(null, 'vi')).toBe('—');
  });

  it('should give Vietnam’s date, which is a day ahead of UTC in the evening', () => {
    expect(vietnamToday(new Date('2026-12-01T18:00:00Z'))).toBe('2026-12-02');
    expect(vietnamToday(new Date('2026-12-01T16:59:00Z'))).toBe('2026-12-01');
  });
});
