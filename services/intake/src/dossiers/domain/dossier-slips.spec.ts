import { vietnameseDateTime } from '@libs/clock';
import { vn } from '@libs/testing';

import { maritalStatusDossier, supplementRequested } from '../../../test/dossier-fixtures';
import { Dossier } from './dossier';
import { feeText, receiptSlip, refusalSlip, supplementRequestSlip } from './dossier-slips';

const plain = maritalStatusDossier();
const dossier = maritalStatusDossier({
  procedure: { ...plain.procedure, cutoff: '15:00' },
  applicant: { fullName: 'Trần Thị Bình', phone: '0912345678' },
});

const itemised: Dossier = {
  ...dossier,
  receipt: {
    documents: [
      { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'original', count: 1 },
      { name: 'Giấy xác nhận tình trạng hôn nhân đã cấp trước đây', form: 'copy', count: 2 },
    ],
    sets: 2,
    resultDelivery: { method: 'post', address: 'Số 5, phố Lê Lợi, phường Hạc Thành' },
    register: { book: '01/2026', number: 125 },
  },
};

describe('dossier slips', () => {
  it('should write times and amounts the way the desk prints them', () => {
    expect(vietnameseDateTime(vn('2026-02-12T08:15:00'))).toBe(
      '08 giờ 15 phút, ngày 12 tháng 02 năm 2026',
    );
    expect(feeText(15000)).toBe('15.000 đồng');
    expect(feeText(0)).toBe('Không thu');
  });

  it('should lay out the receipt (Mẫu 01) with code, times, fee and the secret when given', () => {
    const slip = receiptSlip(dossier, 'K7Q2M-9XH4D');

    // Decree 118/2025: the commune's one-stop centre issues the slip, under the committee
    // (Decree 30/2020, Phụ lục I §II.2: parent body upright, issuing body bold).
    expect(slip.parentBodyLines).toEqual(['UBND PHƯỜNG HẠC THÀNH']);
    expect(slip.issuerLines).toEqual(['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG']);
    expect(slip.paragraphs[0]).toMatch(/^Trung tâm Phục vụ hành chính công phường Hạc Thành /);
    expect(JSON.stringify(slip)).not.toMatch(/Bộ phận Một cửa|BỘ PHẬN/i);
    expect(slip.placeAndDate).toBe('Hạc Thành, ngày 12 tháng 02 năm 2026');
    expect(slip.title).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(slip.subtitle).toBe('Mã hồ sơ: H56.147.97-260212-0001');
    // The code is printed once, under the title.
    expect(slip.fields?.some((field) => field.value.includes('H56.147.97'))).toBe(false);
    expect(slip.fields).toEqual(
      expect.arrayContaining([
        { label: '3. Thời gian giải quyết hồ sơ theo quy định:', value: '03 ngày làm việc' },
        {
          label: '5. Thời gian trả kết quả giải quyết hồ sơ:',
          value: '17 giờ 00 phút, ngày 24 tháng 02 năm 2026',
        },
        { label: '7. Phí, lệ phí:', value: '15.000 đồng' },
      ]),
    );
    expect(slip.fields).toContainEqual({ label: 'Mã tra cứu:', value: 'K7Q2M-9XH4D' });
    expect(slip.notes?.join(' ')).toContain('Mang theo giấy này khi nhận kết quả');
  });

  it('should list the papers, the sets, the place of return and the register line (Mẫu 01)', () => {
    const slip = receiptSlip(itemised, 'K7Q2M-9XH4D');

    expect(slip.fields).toEqual(
      expect.arrayContaining([
        { label: '1. Thành phần hồ sơ nộp gồm:', value: '' },
        {
          label: '    1.1.',
          value: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (bản chính, 01 bản)',
        },
        {
          label: '    1.2.',
          value: 'Giấy xác nhận tình trạng hôn nhân đã cấp trước đây (bản sao, 02 bản)',
        },
        { label: '2. Số lượng hồ sơ:', value: '02 bộ' },
        {
          label: '6. Đăng ký nhận kết quả tại:',
          value: 'qua dịch vụ bưu chính công ích, địa chỉ: Số 5, phố Lê Lợi, phường Hạc Thành',
        },
      ]),
    );
    expect(slip.closingParagraphs).toEqual([
      'Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 125.',
    ]);
    expect(slip.counterSignatureBlock).toEqual({
      lines: ['NGƯỜI NỘP HỒ SƠ'],
      annotation: '(Ký và ghi rõ họ tên)',
      signerName: 'Trần Thị Bình',
    });
    expect(slip.signatureBlock).toEqual({
      lines: ['NGƯỜI TIẾP NHẬN HỒ SƠ'],
      annotation: '(Ký và ghi rõ họ tên)',
      signerName: 'Đỗ Quốc Việt',
    });
    // "Nơi nhận" is a distribution list (Decree 30/2020), not a place for instructions.
    expect(slip.recipientsBlock).toBeUndefined();
  });

  it('should not invent a secret it does not hold, and show a new appointment beside the first', () => {
    const slip = receiptSlip({ ...dossier, dueAt: vn('2026-02-27T17:00:00') });

    expect(slip.fields?.find((field) => field.label === 'Mã tra cứu:')?.value).toContain(
      'đề nghị cấp lại tại nơi nộp',
    );
    expect(slip.fields).toContainEqual({
      label: '    Thời gian hẹn trả mới:',
      value: '17 giờ 00 phút, ngày 27 tháng 02 năm 2026',
    });
  });

  it('should print a supplement request’s items before its closing sentence (Mẫu 02)', () => {
    const slip = supplementRequestSlip(
      supplementRequested(dossier, { reason: 'Thiếu giấy tờ.', items: ['Bản sao căn cước'] }),
    );

    expect(slip?.paragraphs.at(-1)).toMatch(/những nội dung sau:$/);
    expect(slip?.paragraphs.join(' ')).not.toContain('Xin cảm ơn');
    expect(slip?.closingParagraphs?.[0]).toMatch(/Xin cảm ơn Ông\/Bà\.$/);
  });

  it('should have a supplement slip only after a request, and a refusal slip only when refused', () => {
    const asked = supplementRequested(dossier, {
      reason: 'Thiếu giấy tờ.',
      items: ['Bản sao căn cước', 'Tờ khai có chữ ký'],
    });

    expect(supplementRequestSlip(dossier)).toBeUndefined();
    expect(supplementRequestSlip(asked)?.fields).toEqual([
      { label: '1.', value: 'Bản sao căn cước' },
      { label: '2.', value: 'Tờ khai có chữ ký' },
    ]);
    expect(refusalSlip(asked)).toBeUndefined();
    const stopped = refusalSlip({
      ...asked,
      status: 'stopped',
      notes: [...asked.notes, { ...asked.notes[0], status: 'stopped', reason: 'Quá hạn bổ sung.' }],
    });
    expect(stopped?.title).toBe('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
  });
});
