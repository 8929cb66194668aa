import type { OfficialYear } from '../holidays';

/**
 * 2025, for civil servants: Thông báo 6150/TB-BLĐTBXH (3/12/2024), carrying out Công văn
 * 8726/VPCP-KGVX (2024). Tết 25/1–2/2 (9 days with the weekends): the five Tết days are
 * 27–31/1, i.e. two days before Tết (29/1) and three after. 30/4–4/5: Friday 2/5 is swapped for
 * Saturday 26/4. National Day 30/8–2/9: the second day is Monday 1/9.
 */
export const OFFICIAL_DAYS_2025: OfficialYear = {
  year: 2025,
  sources: ['6150/TB-BLĐTBXH', '8726/VPCP-KGVX'],
  tet: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
  nationalDaySecondDay: '2025-09-01',
  extraDaysOff: [{ date: '2025-05-02', reason: 'Nghỉ hoán đổi dịp 30/4 và 1/5' }],
  workingDays: [{ date: '2025-04-26', reason: 'Làm bù cho ngày 02/5/2025' }],
};
