import { figuresFrom } from './commune-figures';
import { judge, ModelCriteria } from './model-criteria';
import { rankCommunes } from './province-table';
import { provinceTableCsv } from './reports-csv';

const CRITERIA: ModelCriteria = {
  version: 'test',
  minOnTimeRate: 0.98,
  minSatisfactionRate: 0.9,
  minFeedbackOnTimeRate: 0.95,
  requireEveryLetter: true,
};

const row = (communeCode: string, communeName: string, counts: Record<string, number>) => {
  const figures = figuresFrom(counts);
  return { communeCode, communeName, figures, verdict: judge(figures, CRITERIA) };
};

describe('province table', () => {
  const rows = rankCommunes([
    row('16417', 'Phường Đông Quang', {}),
    row('14797', 'Phường Hạc Thành', { returned: 10, returnedOnTime: 10 }),
    row('16522', 'Phường Quảng Phú', { returned: 10, returnedOnTime: 9, returnedLate: 1 }),
    row('16378', 'Phường Đông Sơn', { returned: 20, returnedOnTime: 20 }),
  ]);

  it('should rank communes meeting the model first and leave communes without data unranked', () => {
    expect(rows.map((r) => [r.rank, r.communeCode, r.verdict.status])).toEqual([
      [1, '16378', 'meets'],
      [2, '14797', 'meets'],
      [3, '16522', 'does-not-meet'],
      [null, '16417', 'no-data'],
    ]);
  });

  it('should export the table as UTF-8 CSV with a BOM and Vietnamese labels', () => {
    const csv = provinceTableCsv({ from: '2022-01-01', to: '2022-12-31' }, rows);
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFFHạng,"Mã xã, phường","Tên xã, phường",Từ ngày')).toBe(true);
    expect(lines[1]).toBe(
      '1,16378,Phường Đông Sơn,2022-01-01,2022-12-31,0,20,0,100.0,,,Đạt mô hình',
    );
    expect(lines[4]).toBe(
      ',16417,Phường Đông Quang,2022-01-01,2022-12-31,0,0,0,,,,Chưa có số liệu',
    );
  });
});
