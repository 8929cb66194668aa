import type { OfficialYear } from '../holidays';

/**
 * 2026, for civil servants:
 * - Công văn 12729/VPCP-KGVX (25/12/2025): 1–4/1; Friday 2/1 swapped for Saturday 10/1.
 * - Thông báo 9441/TB-BNV (16/10/2025), relayed e.g. by Lai Châu CV 6620/UBND-VX: Tết Mon 16/2
 *   (29 tháng Chạp Ất Tỵ) – Fri 20/2 (mùng 4 Bính Ngọ), 14–22/2 with the weekends; National Day
 *   with Tuesday 1/9; Monday 31/8 swapped for Saturday 22/8.
 * - Công văn 3383/BNV-CVL (10/4/2026): no swap around 30/4 (reported by a secondary source).
 * Rules still supply 1/1, Hùng Kings (Sun 26/4, made up Mon 27/4), 30/4, 1/5, 2/9 and 24/11.
 * A swap around 24/11/2026 (off 23/11, worked 28/11) was reported only as a proposal: not included.
 */
export const OFFICIAL_DAYS_2026: OfficialYear = {
  year: 2026,
  sources: ['12729/VPCP-KGVX', '9441/TB-BNV', '3383/BNV-CVL'],
  tet: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
  nationalDaySecondDay: '2026-09-01',
  extraDaysOff: [
    { date: '2026-01-02', reason: 'Nghỉ hoán đổi dịp Tết Dương lịch' },
    { date: '2026-08-31', reason: 'Nghỉ hoán đổi dịp Quốc khánh' },
  ],
  workingDays: [
    { date: '2026-01-10', reason: 'Làm bù cho ngày 02/01/2026' },
    { date: '2026-08-22', reason: 'Làm bù cho ngày 31/8/2026' },
  ],
};
