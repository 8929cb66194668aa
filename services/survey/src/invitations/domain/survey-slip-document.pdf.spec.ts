import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { renderDocumentsBatchPdf } from '@libs/documents';
import { CommuneDirectory } from '@libs/reference-data';
import { pdftotext } from '@libs/testing';

import { surveySlipDocument } from './survey-slip-document';

/** Rendered slips are kept here (git-ignored) to be looked at; docs/samples keeps a copy. */
const ARTEFACTS = join(__dirname, '..', '..', '..', '..', '..', '.local', 'artefacts');
const commune = CommuneDirectory.load().find('14797')!;
const printedAt = new Date('2026-03-12T02:00:00Z');

const textOf = (pdf: Buffer): string => pdftotext(pdf);

describe('the printed return slip with the survey code', () => {
  it('should print the code, the link, the deadline and say the answer is tied to the dossier, not the name', async () => {
    const pdf = await renderDocumentsBatchPdf(
      [
        surveySlipDocument(
          {
            code: 'K7QM-3XHP',
            link: 'https://dichvucong.thanhhoa.gov.vn/khao-sat/tk_abc',
            expiresAt: new Date('2026-04-11T02:00:00Z'),
            dossierCode: 'H56.147.97-260312-0001',
          },
          commune,
          printedAt,
        ),
        surveySlipDocument(
          {
            code: 'M2RT-8WQA',
            link: 'https://dichvucong.thanhhoa.gov.vn/khao-sat/tk_def',
            expiresAt: new Date('2026-04-11T02:00:00Z'),
            dossierCode: null,
            organiser: 'Ủy ban Mặt trận Tổ quốc Việt Nam Phường Hạc Thành',
          },
          commune,
          printedAt,
        ),
      ],
      { creationDate: printedAt },
    );
    mkdirSync(ARTEFACTS, { recursive: true });
    writeFileSync(join(ARTEFACTS, 'phieu-moi-danh-gia.pdf'), pdf);
    const [dossierSlip = '', residentSlip = ''] = textOf(pdf)
      .split('\f')
      .map((page) => page.replace(/\s+/g, ' '));

    for (const expected of [
      'PHIẾU MỜI ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG',
      'Mã khảo sát: K7QM-3XHP',
      'https://dichvucong.thanhhoa.gov.vn/khao-sat/tk_abc',
      'Hạn trả lời: ngày 11 tháng 4 năm 2026',
      'Phiếu không ghi tên người trả lời',
      'gắn với hồ sơ H56.147.97-260312-0001 (không gắn với họ tên Ông/Bà)',
    ]) {
      expect(dossierSlip).toContain(expected);
    }
    expect(residentSlip).toContain(
      'Đợt khảo sát do Ủy ban Mặt trận Tổ quốc Việt Nam Phường Hạc Thành tổ chức.',
    );
    expect(residentSlip).toContain('không gắn với hồ sơ nào');
    expect(residentSlip).not.toContain('H56.147.97');
  });
});
