import {
  vietnamCalendarDate,
  vietnameseAmount,
  vietnameseDateTime,
  vietnameseLongDate,
} from '@libs/clock';
import {
  datelinePlace,
  DocumentField,
  OfficialDocument,
  oneStopCentre,
  unitNaming,
} from '@libs/documents';
import { Commune } from '@libs/reference-data';

import { certificationNumberText } from './certification-register';
import { DocumentForm, Dossier, StatusNote, SubmittedDocument } from './dossier';

/**
 * The slips of the one-stop desk (Circular 01/2018/TT-VPCP forms, still listed under
 * Circular 03/2025): Mẫu 01 receipt and appointment, Mẫu 02 supplement request, Mẫu 03 refusal,
 * and the notice that handling stopped (withdrawal or stop, Circular 03/2025 art. 7).
 */

const CHANNEL_NAMES: Record<Dossier['channel'], string> = {
  counter: 'Trực tiếp tại Trung tâm Phục vụ hành chính công',
  online: 'Trực tuyến',
  import: 'Chuyển từ hệ thống cũ',
};

/** "10.000 đồng", or "Không thu" for a free procedure. */
export function feeText(amountVnd: number): string {
  return amountVnd === 0 ? 'Không thu' : vietnameseAmount(amountVnd);
}

/**
 * The commune's one-stop centre (Decree 118/2025), named by the same helper as in the letters:
 * "UBND PHƯỜNG …" upright over "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" in bold (Decree 30/2020,
 * Phụ lục I §II.2). Intake has no per-commune setting for the name yet: the default applies.
 */
function centre(commune: Commune): ReturnType<typeof oneStopCentre> {
  return oneStopCentre(commune, unitNaming(commune));
}

function header(commune: Commune): Pick<OfficialDocument, 'parentBodyLines' | 'issuerLines'> {
  const names = centre(commune);
  return { parentBodyLines: [names.parentLine], issuerLines: [names.headerLine] };
}

/** The full name for a unit named after a person, a number or an event (Phụ lục I §II.4a). */
function placeAndDate(commune: Commune, at: Date): string {
  return `${datelinePlace(commune, unitNaming(commune))}, ${vietnameseLongDate(vietnamCalendarDate(at))}`;
}

function processingTime(days: number): string {
  return days === 0 ? 'Trong ngày' : `${String(days).padStart(2, '0')} ngày làm việc`;
}

const DOCUMENT_FORM_NAMES: Record<DocumentForm, string> = {
  original: 'bản chính',
  copy: 'bản sao',
  'certified-copy': 'bản sao có chứng thực',
  electronic: 'bản điện tử',
};

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** "Tờ khai đăng ký khai sinh (bản chính, 01 bản)". */
function documentLine(document: SubmittedDocument): string {
  return `${document.name} (${DOCUMENT_FORM_NAMES[document.form]}, ${twoDigits(document.count)} bản)`;
}

/**
 * Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, laid out as the Mẫu 01 of Circular
 * 01/2018/TT-VPCP that Circular 03/2025/TT-VPCP keeps: the papers handed in and the number of
 * sets, the legal time, receipt and return times, where the result is returned, the line in the
 * "sổ theo dõi hồ sơ", and the signatures of the person who handed it in and of the officer.
 * Instructions to the citizen are notes, not "Nơi nhận" (a distribution list, Decree 30/2020).
 */
export function receiptSlip(dossier: Dossier, secret?: string): OfficialDocument {
  const { applicant, procedure } = dossier;
  const centreName = centre(dossier.commune);
  const documents = dossier.receipt?.documents ?? [];
  const sets = dossier.receipt?.sets ?? 1;
  const delivery = dossier.receipt?.resultDelivery ?? { method: 'desk' };
  const register = dossier.receipt?.register;
  const legalDays = dossier.verification
    ? `${processingTime(procedure.processingWorkingDays)}; cần xác minh: ${processingTime(dossier.verification.maxWorkingDays)}`
    : processingTime(procedure.processingWorkingDays);
  const fields: DocumentField[] = [
    { label: 'Ông/Bà:', value: applicant.fullName },
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
    {
      label: '1. Thành phần hồ sơ nộp gồm:',
      value: documents.length === 0 ? 'không ghi nhận từng giấy tờ' : '',
    },
    ...documents.map((document, index) => ({
      label: `    1.${index + 1}.`,
      value: documentLine(document),
    })),
    { label: '2. Số lượng hồ sơ:', value: `${twoDigits(sets)} bộ` },
    { label: '3. Thời gian giải quyết hồ sơ theo quy định:', value: legalDays },
    { label: '4. Thời gian nhận hồ sơ:', value: vietnameseDateTime(dossier.receivedAt) },
    {
      label: '5. Thời gian trả kết quả giải quyết hồ sơ:',
      value: vietnameseDateTime(dossier.originalDueAt),
    },
    ...(dossier.dueAt.getTime() !== dossier.originalDueAt.getTime()
      ? [{ label: '    Thời gian hẹn trả mới:', value: vietnameseDateTime(dossier.dueAt) }]
      : []),
    {
      label: '6. Đăng ký nhận kết quả tại:',
      value:
        delivery.method === 'post'
          ? `qua dịch vụ bưu chính công ích, địa chỉ: ${delivery.address}`
          : centreName.inSentence,
    },
    { label: '7. Phí, lệ phí:', value: feeText(dossier.fee.amountVnd) },
    {
      label: 'Mã tra cứu:',
      value:
        secret ?? 'in trên liên giao người nộp hồ sơ (nếu bị mất, đề nghị cấp lại tại nơi nộp)',
    },
  ];
  return {
    ...header(dossier.commune),
    placeAndDate: placeAndDate(dossier.commune, dossier.receivedAt),
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    subtitle: `Mã hồ sơ: ${dossier.code}`,
    paragraphs: [`${centreName.inSentence} tiếp nhận hồ sơ của:`],
    fields,
    closingParagraphs: [
      register
        ? `Vào Sổ theo dõi hồ sơ, Quyển số: ${register.book}, Số thứ tự: ${register.number}.`
        : 'Vào Sổ theo dõi hồ sơ của hệ thống trước đây.',
      // A certification's number in the sổ chứng thực, once it is done (Decree 23/2015 art. 13).
      ...(dossier.certification ? [`${certificationNumberText(dossier.certification)}.`] : []),
    ],
    counterSignatureBlock: {
      lines: ['NGƯỜI NỘP HỒ SƠ'],
      annotation: '(Ký và ghi rõ họ tên)',
      signerName: applicant.fullName,
    },
    signatureBlock: {
      lines: ['NGƯỜI TIẾP NHẬN HỒ SƠ'],
      annotation: '(Ký và ghi rõ họ tên)',
      ...(dossier.receivedBy.name ? { signerName: dossier.receivedBy.name } : {}),
    },
    notes: [
      'Ghi chú: Mang theo giấy này khi nhận kết quả. Tra cứu tình trạng hồ sơ trên Cổng dịch vụ công bằng mã hồ sơ và mã tra cứu. Giấy này lập thành 02 liên: 01 liên giao người nộp hồ sơ, 01 liên lưu tại nơi tiếp nhận.',
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
    ...header(dossier.commune),
    placeAndDate: placeAndDate(dossier.commune, note.at),
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    subtitle: `Mã hồ sơ: ${dossier.code}`,
    salutation: `Kính gửi: Ông/Bà ${dossier.applicant.fullName}`,
    paragraphs: [
      `Ngày ${vietnameseLongDate(vietnamCalendarDate(dossier.receivedAt)).replace(/^ngày /, '')}, ${centre(dossier.commune).inSentence} tiếp nhận hồ sơ của Ông/Bà về việc ${dossier.procedure.name.toLowerCase()}.`,
      `Sau khi xem xét, hồ sơ của Ông/Bà cần bổ sung, hoàn thiện (lý do: ${note.reason.replace(/[.\s]+$/, '')}) những nội dung sau:`,
    ],
    // The requested items sit under the sentence that announces them, before the closing.
    fields: note.items.map((item, index) => ({ label: `${index + 1}.`, value: item })),
    closingParagraphs: [
      'Thời hạn giải quyết được tính lại từ khi nhận đủ hồ sơ. Nếu có vướng mắc, Ông/Bà liên hệ Trung tâm Phục vụ hành chính công để được hướng dẫn. Xin cảm ơn Ông/Bà.',
    ],
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
    ...header(dossier.commune),
    placeAndDate: placeAndDate(dossier.commune, note.at),
    title: refused
      ? 'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ'
      : 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    subtitle: `Mã hồ sơ: ${dossier.code}`,
    salutation: `Kính gửi: Ông/Bà ${dossier.applicant.fullName}`,
    paragraphs: [
      `${centre(dossier.commune).inSentence} đã tiếp nhận hồ sơ của Ông/Bà về việc ${dossier.procedure.name.toLowerCase()}.`,
      refused
        ? `Qua xem xét, hồ sơ không đủ điều kiện để tiếp nhận, giải quyết với lý do: ${note.reason}`
        : `Việc giải quyết hồ sơ được dừng lại với lý do: ${note.reason}`,
      'Xin thông báo để Ông/Bà được biết. Nếu có vướng mắc, Ông/Bà liên hệ Trung tâm Phục vụ hành chính công để được hướng dẫn.',
    ],
    signatureBlock: {
      lines: ['NGƯỜI TIẾP NHẬN'],
      ...(note.by.name ? { signerName: note.by.name } : {}),
    },
  };
}
