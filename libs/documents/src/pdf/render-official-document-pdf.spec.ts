import { extractPdfText, normalizeText } from '@libs/testing';

import type { OfficialDocument } from './official-document';
import {
  issuerColumn,
  renderDocumentsBatchPdf,
  renderOfficialDocumentPdf,
} from './render-official-document-pdf';

const CREATED = new Date('2026-11-28T01:00:00Z');

const congratulation: OfficialDocument = {
  issuerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẠC THÀNH'],
  documentNumber: '125/TM-UBND',
  placeAndDate: 'Hạc Thành, ngày 28 tháng 11 năm 2026',
  title: 'THƯ CHÚC MỪNG',
  salutation: 'Kính gửi: Ông Nguyễn Văn An và Bà Trần Thị Bình',
  paragraphs: [
    'Ủy ban nhân dân Phường Hạc Thành vui mừng nhận được tin gia đình Ông/Bà đón chào cháu trai Nguyễn Minh Khôi, sinh ngày 20 tháng 11 năm 2026.',
    'Thay mặt lãnh đạo địa phương, Ủy ban nhân dân Phường Hạc Thành xin gửi tới Ông/Bà và gia đình lời chúc mừng tốt đẹp nhất. Chúc cháu luôn khỏe mạnh, ngoan ngoãn và lớn lên trong tình yêu thương của gia đình và cộng đồng.',
  ],
  signatureBlock: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signerName: 'Lê Thị Hương' },
  recipientsBlock: ['- Như trên;', '- Lưu: VT, VP.'],
};

const receiptSlip: OfficialDocument = {
  parentBodyLines: ['UBND PHƯỜNG HẠC THÀNH'],
  issuerLines: ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'],
  documentNumber: '0457/TNHS',
  placeAndDate: 'Hạc Thành, ngày 28 tháng 11 năm 2026',
  title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  subtitle: 'Mã hồ sơ: 000.00.27.H56-261128-0001',
  paragraphs: [
    'Trung tâm Phục vụ hành chính công phường Hạc Thành đã tiếp nhận hồ sơ của Bà Phạm Thị Ngọc Ánh về việc đăng ký khai sinh.',
  ],
  fields: [
    { label: 'Mã hồ sơ:', value: '000.00.27.H56-261128-0001' },
    { label: 'Số điện thoại:', value: '0912 345 678' },
    {
      label: 'Thành phần hồ sơ:',
      value: 'Tờ khai đăng ký khai sinh; Giấy chứng sinh (bản chính).',
    },
    { label: 'Thời gian nhận hồ sơ:', value: '08 giờ 15 phút, ngày 28 tháng 11 năm 2026' },
    { label: 'Ngày hẹn trả kết quả:', value: '14 giờ 00 phút, ngày 01 tháng 12 năm 2026' },
  ],
  signatureBlock: { lines: ['NGƯỜI TIẾP NHẬN'], signerName: 'Đỗ Quốc Việt' },
};

function visibleLines(doc: OfficialDocument): string[] {
  return [
    ...(doc.parentBodyLines ?? []),
    ...doc.issuerLines,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    ...(doc.documentNumber === undefined ? [] : [`Số: ${doc.documentNumber}`]),
    doc.placeAndDate,
    doc.title,
    ...(doc.subtitle === undefined ? [] : [doc.subtitle]),
    ...(doc.salutation === undefined ? [] : [doc.salutation]),
    ...doc.paragraphs,
    ...(doc.fields ?? []).map((field) => `${field.label} ${field.value}`),
    ...doc.signatureBlock.lines,
    ...(doc.signatureBlock.signerName === undefined ? [] : [doc.signatureBlock.signerName]),
    ...(doc.recipientsBlock === undefined ? [] : ['Nơi nhận:', ...doc.recipientsBlock]),
  ];
}

describe('renderOfficialDocumentPdf', () => {
  it('should produce a PDF whose text comes back with every Vietnamese diacritic', async () => {
    const pdf = await renderOfficialDocumentPdf(congratulation, { creationDate: CREATED });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { text, pages } = extractPdfText(pdf);
    expect(pages).toHaveLength(1);
    for (const line of visibleLines(congratulation)) {
      expect(text).toContain(normalizeText(line));
    }
  });

  it('should render a Mẫu 01 receipt slip with its label and value rows', async () => {
    const { text } = extractPdfText(await renderOfficialDocumentPdf(receiptSlip));
    for (const line of visibleLines(receiptSlip)) {
      expect(text).toContain(normalizeText(line));
    }
  });

  it('should normalize decomposed input to NFC before rendering', async () => {
    const decomposed: OfficialDocument = {
      ...congratulation,
      salutation: 'Kính gửi: Bà Trần Thị Bình'.normalize('NFD'),
    };
    const { text } = extractPdfText(await renderOfficialDocumentPdf(decomposed));
    expect(text).toContain('Kính gửi: Bà Trần Thị Bình'.normalize('NFC'));
  });

  it('should be byte-for-byte reproducible with a fixed creation date', async () => {
    const first = await renderOfficialDocumentPdf(congratulation, { creationDate: CREATED });
    const second = await renderOfficialDocumentPdf(congratulation, { creationDate: CREATED });
    expect(first.equals(second)).toBe(true);
  });

  it('should number the following pages and keep the signer with the signature block', async () => {
    const long: OfficialDocument = {
      ...congratulation,
      paragraphs: Array.from(
        { length: 14 },
        (_, index) =>
          `Đoạn ${index + 1}: Ủy ban nhân dân Phường Hạc Thành ghi nhận và biểu dương tinh thần trách nhiệm của các hộ gia đình trong việc thực hiện thủ tục hành chính đúng hạn.`,
      ),
    };
    const { pages } = extractPdfText(await renderOfficialDocumentPdf(long));
    expect(pages.length).toBeGreaterThan(1);
    const last = normalizeText(pages[pages.length - 1]);
    expect(last).toContain(String(pages.length));
    expect(last).toContain('CHỦ TỊCH');
    expect(last).toContain('Lê Thị Hương');
  });

  it('should embed Tinos, the Times New Roman-compatible face Decree 30 asks for', async () => {
    // Phụ lục I §I.4: "Phông chữ tiếng Việt Times New Roman"; Tinos has the same metrics.
    const pdf = await renderOfficialDocumentPdf(congratulation, { creationDate: CREATED });
    const fonts = [...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map(
      (match) => match[1],
    );
    expect(fonts).toEqual(expect.arrayContaining(['Tinos-Regular', 'Tinos-Bold', 'Tinos-Italic']));
    expect(fonts.filter((font) => !font.startsWith('Tinos-'))).toEqual([]);
  });

  it('should print the parent body upright and the issuing body bold (Phụ lục I §II.2b)', () => {
    expect(issuerColumn(receiptSlip)).toEqual([
      { text: 'UBND PHƯỜNG HẠC THÀNH', bold: false },
      { text: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', bold: true },
    ]);
    // A letter of the committee itself has no parent body: both of its lines are bold.
    expect(issuerColumn(congratulation).every((line) => line.bold)).toBe(true);
  });

  it('should refuse a document without a title', async () => {
    await expect(renderOfficialDocumentPdf({ ...congratulation, title: ' ' })).rejects.toThrow(
      'title is empty',
    );
  });
});

describe('renderDocumentsBatchPdf', () => {
  it('should start each document on its own page and keep every title', async () => {
    const docs = [congratulation, receiptSlip, { ...congratulation, title: 'THƯ CẢM ƠN' }];
    const { text, pages } = extractPdfText(await renderDocumentsBatchPdf(docs));

    expect(pages.length).toBeGreaterThanOrEqual(docs.length);
    for (const doc of docs) {
      expect(text).toContain(normalizeText(doc.title));
    }
    // One document a page here, so each page holds its own title.
    expect(pages).toHaveLength(docs.length);
    docs.forEach((doc, index) => expect(normalizeText(pages[index])).toContain(doc.title));
  });

  it('should refuse an empty batch', async () => {
    await expect(renderDocumentsBatchPdf([])).rejects.toThrow('at least one document');
  });
});
