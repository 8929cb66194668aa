import { OfficialDocument } from '@libs/documents';

import { Letter } from './letter';

const COMMITTEE = 'ỦY BAN NHÂN DÂN';

/** "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH" on two lines, as the header of an official letter. */
export function issuerLines(issuer: string): string[] {
  return issuer.startsWith(`${COMMITTEE} `)
    ? [COMMITTEE, issuer.slice(COMMITTEE.length + 1)]
    : [issuer];
}

/** The letter laid out as an official document (Decree 30/2020) for the PDF renderer. */
export function toOfficialDocument(letter: Letter): OfficialDocument {
  const { content } = letter;
  return {
    issuerLines: issuerLines(content.issuer),
    // A draft shows the blank the register will fill in on issue: "Số:    /UBND".
    documentNumber: content.documentNumber ?? '     /',
    placeAndDate: content.placeAndDate,
    title: content.title,
    salutation: content.salutation,
    paragraphs: content.paragraphs,
    signatureBlock: {
      lines: content.signatureBlock,
      ...(content.signerName ? { signerName: content.signerName } : {}),
    },
    recipientsBlock: ['- Như trên;', '- Lưu: VT.'],
  };
}

function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function committeeOf(letter: Letter): string {
  return `Ủy ban nhân dân ${letter.values.communeName ?? ''}`.trim();
}

/** "Thư cảm ơn của Ủy ban nhân dân Phường Hạc Thành". */
export function emailSubject(letter: Letter): string {
  return `${sentenceCase(letter.content.title)} của ${committeeOf(letter)}`;
}

export function emailBody(letter: Letter): string {
  const { content } = letter;
  return [
    content.salutation,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    content.signatureBlock.join(' - ') + (content.signerName ? `: ${content.signerName}` : ''),
    committeeOf(letter),
    '',
    'Bản thư in được đính kèm dưới dạng tệp PDF.',
  ].join('\n');
}

/** File name of the attached or downloaded PDF, ASCII only so every mail client keeps it. */
export function pdfFileName(letter: Letter): string {
  return `thu-${letter.kind}-${letter.id.slice(0, 8)}.pdf`;
}

const SMS_LIMIT = 640;

/** A short notice per kind; the full letter follows on paper or by e-mail. */
export function smsText(letter: Letter): string {
  const v = letter.values;
  const from = `UBND ${v.communeName ?? ''}`.trim();
  let text: string;
  switch (letter.kind) {
    case 'birth-congratulation':
      text = `${from} chúc mừng gia đình ${v.parentNames} đón chào ${v.childRelation} ${v.childName}.`;
      break;
    case 'marriage-congratulation':
      text = `${from} chúc mừng ${v.spouseNames} đã đăng ký kết hôn; chúc Anh, Chị trăm năm hạnh phúc.`;
      break;
    case 'death-condolence':
      text =
        `${from} xin gửi tới ${v.recipientName} lời chia buồn sâu sắc trước sự ra đi của ${v.deceasedTitle ?? ''} ${v.deceasedName}.`.replace(
          / {2,}/gu,
          ' ',
        );
      break;
    case 'apology':
      text = `${from} thành thật xin lỗi ${v.applicantName}: hồ sơ ${v.caseCode} dự kiến không giải quyết xong đúng hạn (lý do: ${v.delayReason}). Thời gian hẹn trả kết quả mới: ${v.newAppointment ?? `ngày ${v.newDueDate}`}.`;
      break;
    case 'overdue-apology':
      text = `${from} thành thật xin lỗi ${v.applicantName}: hồ sơ ${v.caseCode} chưa giải quyết xong đúng hẹn ngày ${v.originalDueDate}; kết quả sẽ được thông báo ngay khi có.`;
      break;
    case 'thank-you':
      text = `${from} trân trọng cảm ơn ${v.recipientName} đã ${v.contribution} (số ${v.caseCode}).`;
      break;
    case 'survey-reminder':
      text = `${from} mời ${v.applicantName} đánh giá việc giải quyết hồ sơ ${v.caseCode} bằng mã khảo sát trên phiếu trả kết quả, trước ngày ${v.answerBy}.`;
      break;
  }
  return text.length <= SMS_LIMIT ? text : `${text.slice(0, SMS_LIMIT - 1)}…`;
}
