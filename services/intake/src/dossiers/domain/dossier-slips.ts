import { vietnamCalendarDate, vietnameseLongDate } from '@libs/clock';
import { DocumentField, OfficialDocument } from '@libs/documents';
import { Commune } from '@libs/reference-data';
import { Dossier, StatusNote } from './dossier';

/**
 * The slips of the one-stop desk (Circular 01/2018/TT-VPCP forms, still listed under
 * Circular 03/2025): Mẫu 01 receipt and appointment, Mẫu 02 supplement request, Mẫu 03 refusal,
 * and the notice that handling stopped (withdrawal or stop, Circular 03/2025 art. 7).
 */

const CHANNEL_NAMES: Record<Dossier['channel'], string> = {
  counter: 'Trực tiếp tại Bộ phận Một cửa',
  online: 'Trực tuyến',
  import: 'Chuyển từ hệ thống cũ',
};

const HOUR_MS = 3_600_000;

/** "08 giờ 15 phút, ngày 12 tháng 02 năm 2026", Vietnam time. */
export function vietnameseDateTime(instant: Date): string {
  const local = new Date(instant.getTime() + 7 * HOUR_MS);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${pad(local.getUTCHours())} giờ ${pad(local.getUTCMinutes())} phút, ${vietnameseLongDate(
    vietnamCalendarDate(instant),
  )}`;
}

/** "10.000 đồng", or "Không thu" for a free procedure. */
export function vietnameseAmount(amountVnd: number): string {
  if (amountVnd === 0) {
    return 'Không thu';
  }
  return `${String(amountVnd).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

function placeName(commune: Commune): string {
  return commune.name.replace(/^(Phường|Xã|Đặc khu|Thị trấn)\s+/u, '');
}

function issuer(commune: Commune): string[] {
  return [`UBND ${commune.name.toUpperCase()}`, 'BỘ PHẬN MỘT CỬA'];
}

function placeAndDate(commune: Commune, at: Date): string {
  return `${placeName(commune)}, ${vietnameseLongDate(vietnamCalendarDate(at))}`;
}

function processingTime(days: number): string {
  return days === 0 ? 'Trong ngày' : `${String(days).padStart(2, '0')} ngày làm việc`;
}

/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export function receiptSlip(dossier: Dossier, secret?: string): OfficialDocument {
  const { applicant, procedure } = dossier;
  const fields: DocumentField[] = [
    { label: 'Mã hồ sơ:', value: dossier.code },
    { label: 'Người nộp hồ sơ:', value: applicant.fullName },
    ...(applicant.addressLine ? [{ label: 'Địa chỉ:', value: applicant.addressLine }] : []),
    ...(applicant.phone ? [{ label: 'Số điện thoại:', value: applicant.phone }] : []),
    ...(applicant.email ? [{ label: 'Thư điện tử:', value: applicant.email }] : []),
    {
      label: 'Nội dung yêu cầu giải quyết:',
      value: procedure.nationalCode
        ? `${procedure.name} (mã thủ tục ${procedure.nationalCode})`
        : procedure.name,
    },
    { label: 'Hình thức tiếp nhận:', value: CHANNEL_NAMES[dossier.channel] },
    { label: 'Thời gian nhận hồ sơ:', value: vietnameseDateTime(dossier.receivedAt) },
    { label: 'Thời hạn giải quyết:', value: processingTime(procedure.processingWorkingDays) },
    { label: 'Thời gian trả kết quả:', value: vietnameseDateTime(dossier.originalDueAt) },
    ...(dossier.dueAt.getTime() !== dossier.originalDueAt.getTime()
      ? [{ label: 'Thời gian hẹn trả mới:', value: vietnameseDateTime(dossier.dueAt) }]
      : []),
    { label: 'Phí, lệ phí:', value: vietnameseAmount(dossier.fee.amountVnd) },
    {
      label: 'Mã tra cứu:',
      value: secret ?? 'đã in trên giấy tiếp nhận bản gốc (cấp lại tại Bộ phận Một cửa nếu bị mất)',
    },
  ];
  return {
    issuerLines: issuer(dossier.commune),
    placeAndDate: placeAndDate(dossier.commune, dossier.receivedAt),
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    subtitle: `Mã hồ sơ: ${dossier.code}`,
    paragraphs: [
      `Bộ phận Một cửa ${dossier.commune.name} đã tiếp nhận hồ sơ của Ông/Bà ${applicant.fullName}.`,
    ],
    fields,
    signatureBlock: {
      lines: ['NGƯỜI TIẾP NHẬN'],
      ...(dossier.receivedBy.name ? { signerName: dossier.receivedBy.name } : {}),
    },
    recipientsBlock: [
      '- Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu trên Cổng dịch vụ công;',
      '- Mang theo giấy này khi nhận kết quả.',
    ],
  };
}

function lastNote(dossier: Dossier, statuses: readonly string[]): StatusNote | undefined {
  return [...dossier.notes].reverse().find((note) => statuses.includes(note.status));
}

/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (the latest request). */
export function supplementRequestSlip(dossier: Dossier): OfficialDocument | undefined {
  const note = lastNote(dossier, ['supplement-requested']);
  if (!note) {
    return undefined;
  }
  return {
    issuerLines: issuer(dossier.commune),
    placeAndDate: placeAndDate(dossier.commune, note.at),
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    subtitle: `Mã hồ sơ: ${dossier.code}`,
    salutation: `Kính gửi: Ông/Bà ${dossier.applicant.fullName}`,
    paragraphs: [
      `Ngày ${vietnameseLongDate(vietnamCalendarDate(dossier.receivedAt)).replace(/^ngày /, '')}, Bộ phận Một cửa ${dossier.commune.name} tiếp nhận hồ sơ của Ông/Bà về việc ${dossier.procedure.name.toLowerCase()}.`,
      `Sau khi xem xét, hồ sơ của Ông/Bà cần bổ sung, hoàn thiện những nội dung sau: ${note.reason}`,
      'Thời hạn giải quyết được tính lại từ khi nhận đủ hồ sơ. Nếu có vướng mắc, Ông/Bà liên hệ Bộ phận Một cửa để được hướng dẫn. Xin cảm ơn Ông/Bà.',
    ],
    fields: note.items.map((item, index) => ({ label: `${index + 1}.`, value: item })),
    signatureBlock: {
      lines: ['NGƯỜI HƯỚNG DẪN'],
      ...(note.by.name ? { signerName: note.by.name } : {}),
    },
  };
}

/** Mẫu 03 (refusal), or the notice that handling stopped (withdrawal, stop). */
export function refusalSlip(dossier: Dossier): OfficialDocument | undefined {
  const note = lastNote(dossier, ['rejected', 'stopped', 'withdrawn']);
  if (!note || note.status !== dossier.status) {
    return undefined;
  }
  const refused = note.status === 'rejected';
  return {
    issuerLines: issuer(dossier.commune),
    placeAndDate: placeAndDate(dossier.commune, note.at),
    title: refused
      ? 'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ'
      : 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    subtitle: `Mã hồ sơ: ${dossier.code}`,
    salutation: `Kính gửi: Ông/Bà ${dossier.applicant.fullName}`,
    paragraphs: [
      `Bộ phận Một cửa ${dossier.commune.name} đã tiếp nhận hồ sơ của Ông/Bà về việc ${dossier.procedure.name.toLowerCase()}.`,
      refused
        ? `Qua xem xét, hồ sơ không đủ điều kiện để tiếp nhận, giải quyết với lý do: ${note.reason}`
        : `Việc giải quyết hồ sơ được dừng lại với lý do: ${note.reason}`,
      'Xin thông báo để Ông/Bà được biết. Nếu có vướng mắc, Ông/Bà liên hệ Bộ phận Một cửa để được hướng dẫn.',
    ],
    signatureBlock: {
      lines: ['NGƯỜI TIẾP NHẬN'],
      ...(note.by.name ? { signerName: note.by.name } : {}),
    },
  };
}
