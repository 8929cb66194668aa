import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { renderOfficialDocumentPdf } from '@libs/documents';
import { pdftotext } from '@libs/testing';

import {
  DESK_OFFICER,
  maritalStatusDossier,
  supplementRequested,
} from '../../../test/dossier-fixtures';
import { receiptSlip, supplementRequestSlip } from './dossier-slips';

/** Rendered slips are kept here (git-ignored) to be looked at, as the letters are. */
const ARTEFACTS = join(__dirname, '..', '..', '..', '..', '..', '.local', 'artefacts');

const dossier = maritalStatusDossier({
  receipt: {
    documents: [
      { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'original', count: 1 },
      { name: 'Căn cước của người yêu cầu', form: 'certified-copy', count: 1 },
    ],
    sets: 1,
    resultDelivery: { method: 'desk' },
    register: { book: '01/2026', number: 125 },
  },
});

const textOf = (pdf: Buffer): string => pdftotext(pdf, 'layout');

describe('Mẫu 01 and Mẫu 02 as printed', () => {
  it('should print a complete receipt: papers, sets, return place, register line and both signatures', async () => {
    const pdf = await renderOfficialDocumentPdf(receiptSlip(dossier, 'K7Q2M-9XH4D'), {
      creationDate: dossier.receivedAt,
    });
    mkdirSync(ARTEFACTS, { recursive: true });
    writeFileSync(join(ARTEFACTS, 'mau-01-giay-tiep-nhan.pdf'), pdf);
    const text = textOf(pdf).normalize('NFC');

    for (const expected of [
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mã hồ sơ: H56.147.97-260212-0001',
      '1. Thành phần hồ sơ nộp gồm:',
      'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (bản chính, 01 bản)',
      'Căn cước của người yêu cầu (bản sao có chứng thực, 01 bản)',
      '2. Số lượng hồ sơ: 01 bộ',
      '6. Đăng ký nhận kết quả tại:',
      'Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 125.',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Mã tra cứu: K7Q2M-9XH4D',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
    expect(text).not.toContain('Nơi nhận');
    // One A4 page: the receipt is handed over as a single sheet per copy.
    expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(1);
    // The code appears once: under the title.
    expect(text.match(/H56\.147\.97-260212-0001/g)).toHaveLength(1);
    // Both signature boxes sit on the same row, the submitter's on the left.
    const row = text.split('\n').find((line) => line.includes('NGƯỜI NỘP HỒ SƠ')) ?? '';
    expect(row.indexOf('NGƯỜI NỘP HỒ SƠ')).toBeLessThan(row.indexOf('NGƯỜI TIẾP NHẬN HỒ SƠ'));
  });

  it('should print a supplement request’s items before its closing sentence', async () => {
    const slip = supplementRequestSlip(
      supplementRequested(dossier, {
        reason: 'Tờ khai chưa có chữ ký.',
        items: ['Tờ khai có chữ ký của người yêu cầu', 'Bản sao căn cước'],
        by: DESK_OFFICER,
      }),
    );
    const pdf = await renderOfficialDocumentPdf(slip!, { creationDate: dossier.receivedAt });
    mkdirSync(ARTEFACTS, { recursive: true });
    writeFileSync(join(ARTEFACTS, 'mau-02-phieu-yeu-cau-bo-sung.pdf'), pdf);
    const text = textOf(pdf).normalize('NFC').replace(/\s+/g, ' ');

    const announce = text.indexOf('những nội dung sau:');
    const firstItem = text.indexOf('Tờ khai có chữ ký của người yêu cầu');
    const closing = text.indexOf('Xin cảm ơn');
    expect(announce).toBeGreaterThan(0);
    expect(firstItem).toBeGreaterThan(announce);
    expect(closing).toBeGreaterThan(text.indexOf('Bản sao căn cước'));
  });
});
