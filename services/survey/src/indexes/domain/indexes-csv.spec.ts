import { indexesCsv } from './indexes-csv';
import { figuresOf } from './satisfaction-index';

const counts = {
  invitations: 4,
  returnedLate: 0,
  answers: 3,
  satisfied: 2,
  dissatisfied: 1,
  overall: { r2: 1, r4: 1, r5: 1 },
  sipas: { access: { sum: 12, count: 3, satisfied: 2 } },
  conduct: { listen: { yes: 2, no: 1 } },
};

/** RFC 4180 reader, enough to check what a spreadsheet would show. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('indexesCsv', () => {
  const csv = indexesCsv([
    {
      communeCode: '14797',
      communeName: 'Phường Hạc Thành',
      period: '2026-11',
      dimension: 'commune',
      dimensionKey: '',
      figures: figuresOf(counts),
    },
    {
      communeCode: '14797',
      communeName: 'Phường Hạc Thành',
      period: '2026-11',
      dimension: 'officer',
      dimensionKey: 'Nguyễn "Bé", Văn A',
      figures: figuresOf(counts),
    },
  ]);
  const [header = [], communeRow = [], officerRow = []] = parseCsv(csv.replace(/^\uFEFF/, ''));

  it('should start with a byte-order mark so Excel reads UTF-8 Vietnamese', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('should have Vietnamese headers, one column per SIPAS element and 5-3-4 item', () => {
    expect(header.slice(0, 13)).toEqual([
      'Mã xã/phường',
      'Tên xã/phường',
      'Kỳ báo cáo',
      'Phạm vi',
      'Thủ tục/Công chức',
      'Phiếu mời đã gửi',
      'Phiếu trả lời',
      'Tỷ lệ phản hồi (%)',
      'Số phiếu hài lòng và rất hài lòng',
      'Tỷ lệ hài lòng tại bộ phận một cửa (%)',
      'Số phiếu không hài lòng',
      'Chỉ số hài lòng QĐ 766 (%)',
      'Điểm hài lòng chung TB (1–5)',
    ]);
    expect(header).toHaveLength(13 + 5 + 12);
    expect(header).toContain('Tiếp cận dịch vụ: điểm TB (1–5)');
    expect(header).toContain('Biết lắng nghe dân nói (% có)');
    expect(header).toContain('Không trễ hẹn (% có)');
  });

  it('should write rates as percentages with one decimal and leave unknown rates empty', () => {
    const cells = communeRow;

    expect(cells.slice(0, 13)).toEqual([
      '14797',
      'Phường Hạc Thành',
      '2026-11',
      'Toàn xã, phường',
      '',
      '4',
      '3',
      '75.0',
      '2',
      '66.7',
      '1',
      '75.0',
      '3.67',
    ]);
    expect(cells[13]).toBe('4.00');
    expect(cells[14]).toBe('');
    expect(cells[18]).toBe('66.7');
  });

  it('should keep a spreadsheet from running a cell as a formula', () => {
    const injected = indexesCsv([
      {
        communeCode: '14797',
        communeName: 'Phường Hạc Thành',
        period: '2026-11',
        dimension: 'officer',
        dimensionKey: '=HYPERLINK("http://x")',
        figures: figuresOf(counts),
      },
    ]);

    expect(parseCsv(injected.slice(1))[1]?.[4]).toBe('\'=HYPERLINK("http://x")');
  });

  it('should quote fields holding commas or quotes', () => {
    expect(officerRow[4]).toBe('Nguyễn "Bé", Văn A');
    expect(csv).toContain(',"Nguyễn ""Bé"", Văn A",');
  });
});
