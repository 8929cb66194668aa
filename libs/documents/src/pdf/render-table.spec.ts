import { execFileSync } from 'node:child_process';

import { pdftotext } from '@libs/testing';

import type { OfficialDocument } from './official-document';
import { renderOfficialDocumentPdf } from './render-official-document-pdf';

const CREATED = new Date('2026-11-28T01:00:00Z');

/** A register of `rows` lines, as the one-stop desk prints its "sổ theo dõi hồ sơ". */
function register(rows: number, landscape: boolean): OfficialDocument {
  return {
    parentBodyLines: ['UBND PHƯỜNG HẠC THÀNH'],
    issuerLines: ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'],
    placeAndDate: 'Hạc Thành, ngày 28 tháng 11 năm 2026',
    title: 'SỔ THEO DÕI HỒ SƠ',
    paragraphs: [],
    landscape,
    table: {
      columns: [
        { header: 'STT', weight: 1, align: 'center' },
        { header: 'Mã hồ sơ', weight: 4 },
        { header: 'Tên cá nhân, tổ chức', weight: 4 },
      ],
      rows: Array.from({ length: rows }, (_, index) => [
        String(index + 1),
        `H56.147.97-261128-${String(index + 1).padStart(4, '0')}`,
        'Nguyễn Thị Ánh Dương',
      ]),
      emptyText: 'Không có hồ sơ trong kỳ.',
    },
    signatureBlock: { lines: ['NGƯỜI LẬP SỔ'] },
  };
}

function pages(pdf: Buffer): string[] {
  return pdftotext(pdf)
    .split('\f')
    .filter((page) => page.trim() !== '');
}

function pageSizes(pdf: Buffer): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', '-'], { input: pdf }).toString();
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(([, width, height]) =>
    Number(width) > Number(height) ? 'landscape' : 'portrait',
  );
}

describe('tables in official documents', () => {
  it('should repeat the header row on every page a long register runs onto, all landscape', async () => {
    const pdf = await renderOfficialDocumentPdf(register(60, true), { creationDate: CREATED });
    const text = pages(pdf);

    expect(text.length).toBeGreaterThan(1);
    for (const page of text) {
      expect(page).toContain('Mã hồ sơ');
    }
    expect(text.join('\n')).toContain('H56.147.97-261128-0060');
    expect(new Set(pageSizes(pdf))).toEqual(new Set(['landscape']));
  });

  it('should print the empty text when a table has no rows', async () => {
    const pdf = await renderOfficialDocumentPdf(register(0, false), { creationDate: CREATED });
    expect(pages(pdf).join('\n')).toContain('Không có hồ sơ trong kỳ.');
    expect(pageSizes(pdf)).toEqual(['portrait']);
  });

  it('should refuse a row whose cells do not match the columns', async () => {
    const doc = register(1, false);
    await expect(
      renderOfficialDocumentPdf({ ...doc, table: { ...doc.table!, rows: [['1']] } }),
    ).rejects.toThrow('every table row needs one cell per column');
  });
});
