import { CommuneDirectory } from '@libs/reference-data';
import { Dossier } from './dossier';
import {
  receiptSlip,
  refusalSlip,
  supplementRequestSlip,
  vietnameseAmount,
  vietnameseDateTime,
} from './dossier-slips';

const commune = CommuneDirectory.load().find('14797')!;
const vn = (local: string): Date => new Date(`${local}+07:00`);

const dossier: Dossier = {
  id: 'a1f0c7d2-8a41-4e5b-9c6d-1a2b3c4d5e6f',
  code: 'H38.147.97-260212-380001',
  commune,
  procedure: {
    key: 'marital-status-confirmation',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    nationalCode: '1.004873',
    processingWorkingDays: 3,
    cutoff: '15:00',
    civilStatusOutcome: 'none',
  },
  channel: 'counter',
  applicant: { fullName: 'Trần Thị Bình', phone: '0912345678' },
  status: 'received',
  receivedAt: vn('2026-02-12T08:15:00'),
  receivedBy: { subject: 'officer-14797', name: 'Đỗ Quốc Việt' },
  dueAt: vn('2026-02-24T17:00:00'),
  originalDueAt: vn('2026-02-24T17:00:00'),
  fee: { amountVnd: 15000, status: 'unpaid' },
  notes: [],
  lastChangedAt: vn('2026-02-12T08:15:00'),
};

describe('dossier slips', () => {
  it('should write times and amounts the way the desk prints them', () => {
    expect(vietnameseDateTime(vn('2026-02-12T08:15:00'))).toBe(
      '08 giờ 15 phút, ngày 12 tháng 02 năm 2026',
    );
    expect(vietnameseAmount(15000)).toBe('15.000 đồng');
    expect(vietnameseAmount(0)).toBe('Không thu');
  });

  it('should lay out the receipt (Mẫu 01) with code, times, fee and the secret when given', () => {
    const slip = receiptSlip(dossier, 'K7Q2M-9XH4D');

    expect(slip.issuerLines).toEqual(['UBND PHƯỜNG HẠC THÀNH', 'BỘ PHẬN MỘT CỬA']);
    expect(slip.placeAndDate).toBe('Hạc Thành, ngày 12 tháng 02 năm 2026');
    expect(slip.title).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(slip.fields).toEqual(
      expect.arrayContaining([
        { label: 'Mã hồ sơ:', value: 'H38.147.97-260212-380001' },
        { label: 'Thời hạn giải quyết:', value: '03 ngày làm việc' },
        { label: 'Thời gian trả kết quả:', value: '17 giờ 00 phút, ngày 24 tháng 02 năm 2026' },
        { label: 'Phí, lệ phí:', value: '15.000 đồng' },
        { label: 'Mã tra cứu:', value: 'K7Q2M-9XH4D' },
      ]),
    );
    expect(slip.signatureBlock).toEqual({ lines: ['NGƯỜI TIẾP NHẬN'], signerName: 'Đỗ Quốc Việt' });
  });

  it('should not invent a secret it does not hold, and show a new appointment beside the first', () => {
    const slip = receiptSlip({ ...dossier, dueAt: vn('2026-02-27T17:00:00') });

    expect(slip.fields?.find((field) => field.label === 'Mã tra cứu:')?.value).toContain(
      'cấp lại tại Bộ phận Một cửa',
    );
    expect(slip.fields).toContainEqual({
      label: 'Thời gian hẹn trả mới:',
      value: '17 giờ 00 phút, ngày 27 tháng 02 năm 2026',
    });
  });

  it('should have a supplement slip only after a request, and a refusal slip only when refused', () => {
    const asked: Dossier = {
      ...dossier,
      status: 'supplement-requested',
      notes: [
        {
          status: 'supplement-requested',
          at: vn('2026-02-12T09:00:00'),
          reason: 'Thiếu giấy tờ.',
          items: ['Bản sao căn cước', 'Tờ khai có chữ ký'],
          by: { subject: 'officer-14797' },
        },
      ],
    };

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
