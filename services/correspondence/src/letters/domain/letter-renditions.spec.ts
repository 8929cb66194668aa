import { Letter } from './letter';
import { emailSubject, issuerLines, smsText, toOfficialDocument } from './letter-renditions';

const letter = (overrides: Partial<Letter> = {}): Letter => ({
  id: '2c9d7a40-8f1e-4c3b-9a6d-1e2f3a4b5c6d',
  communeCode: '14797',
  provinceCode: '38',
  kind: 'apology',
  subjectKey: 'dossier:x',
  recipientName: 'Ông/Bà Hoàng Văn Tùng',
  content: {
    issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH',
    nationalMotto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    placeAndDate: 'Hạc Thành, ngày 28 tháng 11 năm 2026',
    title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
    salutation: 'Kính gửi: Ông/Bà Hoàng Văn Tùng',
    paragraphs: ['Đoạn một.'],
    signatureBlock: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    signerName: 'Lê Thị Hương',
  },
  values: {
    communeName: 'Phường Hạc Thành',
    applicantName: 'Ông/Bà Hoàng Văn Tùng',
    caseCode: '000.00.38.H56-261120-0007',
    delayReason: 'Chờ kết quả xác minh',
    newDueDate: '02 tháng 12 năm 2026',
  },
  template: { version: 1, source: 'built-in' },
  status: 'approved',
  channel: 'sms',
  times: {},
  delivery: { attempts: 0 },
  resends: [],
  triggeredBy: { eventId: 'e', eventType: 'deadline.rescheduled.v1' },
  createdAt: new Date('2026-11-28T02:00:00Z'),
  ...overrides,
});

describe('letter renditions', () => {
  it('should print the issuer on two lines, committee above commune', () => {
    expect(issuerLines('ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HẠC THÀNH',
    ]);
    expect(issuerLines('BỘ PHẬN MỘT CỬA')).toEqual(['BỘ PHẬN MỘT CỬA']);
  });

  it('should lay the letter out with its signer and the recipients block', () => {
    const document = toOfficialDocument(letter());

    expect(document.signatureBlock).toEqual({
      lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      signerName: 'Lê Thị Hương',
    });
    expect(document.recipientsBlock).toEqual(['- Như trên;', '- Lưu: VT.']);
  });

  it('should title the e-mail in sentence case, from the committee', () => {
    expect(emailSubject(letter())).toBe(
      'Phiếu xin lỗi và hẹn lại ngày trả kết quả của Ủy ban nhân dân Phường Hạc Thành',
    );
  });

  it('should give the apology SMS the dossier, the reason and the new date', () => {
    expect(smsText(letter())).toBe(
      'UBND Phường Hạc Thành thành thật xin lỗi Ông/Bà Hoàng Văn Tùng: hồ sơ 000.00.38.H56-261120-0007 dự kiến không giải quyết xong đúng hạn (lý do: Chờ kết quả xác minh). Thời gian hẹn trả kết quả mới: ngày 02 tháng 12 năm 2026.',
    );
  });

  it('should cut a very long SMS to 640 characters', () => {
    const long = letter({ values: { ...letter().values, delayReason: 'x'.repeat(2000) } });

    expect(smsText(long)).toHaveLength(640);
    expect(smsText(long).endsWith('…')).toBe(true);
  });
});
