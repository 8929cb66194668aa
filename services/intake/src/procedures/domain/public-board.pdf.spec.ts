import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { renderOfficialDocumentPdf } from '@libs/documents';
import { CommuneDirectory } from '@libs/reference-data';
import { pdftotext } from '@libs/testing';

import { DEFAULT_PROCEDURES } from '../data/default-procedures';
import { boardFee, boardTime, CONDUCT_CODE, publicBoard } from './public-board';

/** Rendered boards are kept here (git-ignored) to be looked at; docs/samples keeps a copy. */
const ARTEFACTS = join(__dirname, '..', '..', '..', '..', '..', '.local', 'artefacts');
const commune = CommuneDirectory.load().find('14797')!;
const procedure = (key: string) => DEFAULT_PROCEDURES.find((entry) => entry.key === key)!;

describe('the public board: "5 biết, 3 không, 4 thể hiện", procedures and fees', () => {
  it('should hold the twelve items of the code in the article’s words', () => {
    expect(CONDUCT_CODE.map(({ group, items }) => [group, items.length])).toEqual([
      ['5 biết', 5],
      ['3 không', 3],
      ['4 thể hiện', 4],
    ]);
    expect(CONDUCT_CODE[1]?.items).toContain('Không né tránh trách nhiệm');
  });

  it('should post the legal time with its cut-off and verification time, and the fee as the law counts it', () => {
    expect(boardTime(procedure('birth-registration'))).toBe(
      'Trong ngày (nhận sau 15 giờ: trả trong ngày làm việc tiếp theo)',
    );
    expect(boardTime(procedure('civil-status-change-correction'))).toBe(
      '03 ngày làm việc; cần xác minh: không quá 06 ngày làm việc',
    );
    expect(boardFee(procedure('copy-certification'))).toContain('từ trang thứ ba 1.000 đồng/trang');
    expect(boardFee(procedure('signature-certification'))).toMatch(/10\.000 đồng/);
  });

  it('should print the code, every procedure of the catalogue with time and fee, and the office hours', async () => {
    const printedAt = new Date('2026-03-12T02:00:00Z');
    const pdf = await renderOfficialDocumentPdf(
      publicBoard(commune, DEFAULT_PROCEDURES, printedAt),
      {
        creationDate: printedAt,
      },
    );
    mkdirSync(ARTEFACTS, { recursive: true });
    writeFileSync(join(ARTEFACTS, 'bang-niem-yet.pdf'), pdf);
    const text = pdftotext(pdf).replace(/\s+/g, ' ');

    for (const expected of [
      'BẢNG NIÊM YẾT CÔNG KHAI',
      '5 BIẾT:',
      'Biết lắng nghe dân nói',
      '3 KHÔNG:',
      'Không né tránh trách nhiệm',
      '4 THỂ HIỆN:',
      'Thể hiện giải quyết kịp thời thắc mắc, kiến nghị chính đáng',
      'Phí, lệ phí',
      'Đăng ký khai sinh (1.001193)',
      'sáng từ 08 giờ 00 đến 12 giờ 00, chiều từ 13 giờ 00 đến 17 giờ 00',
    ]) {
      expect(text).toContain(expected);
    }
    for (const entry of DEFAULT_PROCEDURES) {
      expect(text).toContain(entry.name.split(' ').slice(0, 3).join(' '));
    }
  });
});
