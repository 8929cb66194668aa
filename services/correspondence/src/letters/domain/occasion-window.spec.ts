import {
  checkOccasion,
  DEFAULT_OCCASION_WINDOWS,
  STATUTORY_BIRTH_REGISTRATION_DAYS,
  STATUTORY_DEATH_REGISTRATION_DAYS,
} from './occasion-window';

describe('checkOccasion', () => {
  it('should default to the statutory periods of Luật Hộ tịch 2014 (Art. 15: 60, Art. 33: 15)', () => {
    expect(STATUTORY_BIRTH_REGISTRATION_DAYS).toBe(60);
    expect(STATUTORY_DEATH_REGISTRATION_DAYS).toBe(15);
    expect(DEFAULT_OCCASION_WINDOWS).toEqual({ birthDays: 60, deathDays: 15 });
  });

  it('should send a birth letter up to the 60th day and not after', () => {
    const on60 = { eventDate: '2026-09-29', registeredOn: '2026-11-28' };
    const on61 = { eventDate: '2026-09-28', registeredOn: '2026-11-28' };
    expect(checkOccasion('birth-congratulation', on60, DEFAULT_OCCASION_WINDOWS)).toMatchObject({
      within: true,
      days: 60,
    });
    expect(checkOccasion('birth-congratulation', on61, DEFAULT_OCCASION_WINDOWS)).toMatchObject({
      within: false,
      days: 61,
      windowDays: 60,
      rule: expect.stringContaining('Luật Hộ tịch 2014, Điều 15') as unknown,
    });
  });

  it('should refuse a condolence for a death registered 25 years late', () => {
    const late = { eventDate: '2001-06-15', registeredOn: '2026-11-28' };
    const check = checkOccasion('death-condolence', late, DEFAULT_OCCASION_WINDOWS);
    expect(check?.within).toBe(false);
    expect(check?.rule).toContain('15 ngày');
    expect(check?.rule).toContain('Điều 33');
  });

  it('should follow a window the commune set', () => {
    const day20 = { eventDate: '2026-11-08', registeredOn: '2026-11-28' };
    expect(checkOccasion('death-condolence', day20, DEFAULT_OCCASION_WINDOWS)?.within).toBe(false);
    expect(checkOccasion('death-condolence', day20, { birthDays: 60, deathDays: 30 })?.within).toBe(
      true,
    );
  });

  it('should not apply to letters that answer no dated event, nor accept a future event', () => {
    const any = { eventDate: '2020-01-01', registeredOn: '2026-11-28' };
    expect(checkOccasion('marriage-congratulation', any, DEFAULT_OCCASION_WINDOWS)).toBeUndefined();
    const future = { eventDate: '2026-11-29', registeredOn: '2026-11-28' };
    expect(checkOccasion('birth-congratulation', future, DEFAULT_OCCASION_WINDOWS)?.within).toBe(
      false,
    );
  });
});
