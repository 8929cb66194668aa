import { renderTemplate } from './mustache-template';

export type LetterKind =
  | 'birth-congratulation'
  | 'marriage-congratulation'
  | 'condolence'
  | 'apology-new-appointment'
  | 'thank-you';

/**
 * A letter kept as data: each text field is a Mustache template that may use only the listed
 * placeholders. Offices may store their own wording in the same shape (validate it first).
 */
export interface LetterTemplate {
  readonly kind: LetterKind;
  readonly title: string;
  readonly placeholders: readonly string[];
  readonly salutation: string;
  readonly paragraphs: readonly string[];
}

export interface RenderedLetter {
  readonly title: string;
  readonly salutation: string;
  readonly paragraphs: string[];
}

/** Default wording; a starting point an office reviews, not legal text. */
export const DEFAULT_LETTER_TEMPLATES: Readonly<Record<LetterKind, LetterTemplate>> = {
  'birth-congratulation': {
    kind: 'birth-congratulation',
    title: 'THƯ CHÚC MỪNG',
    placeholders: ['parentNames', 'communeName', 'childRelation', 'childName', 'birthDate'],
    salutation: 'Kính gửi: {{parentNames}}',
    paragraphs: [
      'Ủy ban nhân dân {{communeName}} vui mừng nhận được tin gia đình Ông/Bà đón chào {{childRelation}} {{childName}}, sinh ngày {{birthDate}}.',
      'Thay mặt lãnh đạo địa phương, Ủy ban nhân dân {{communeName}} xin gửi tới Ông/Bà và gia đình lời chúc mừng tốt đẹp nhất. Chúc cháu luôn khỏe mạnh, ngoan ngoãn và lớn lên trong tình yêu thương của gia đình và cộng đồng.',
    ],
  },
  'marriage-congratulation': {
    kind: 'marriage-congratulation',
    title: 'THƯ CHÚC MỪNG',
    placeholders: ['spouseNames', 'communeName', 'marriageDate'],
    salutation: 'Kính gửi: {{spouseNames}}',
    paragraphs: [
      'Nhân dịp Anh, Chị đăng ký kết hôn ngày {{marriageDate}}, Ủy ban nhân dân {{communeName}} xin gửi tới hai gia đình và đôi vợ chồng trẻ lời chúc mừng chân thành nhất.',
      'Chúc Anh, Chị trăm năm hạnh phúc, xây dựng gia đình no ấm, bình đẳng, tiến bộ.',
    ],
  },
  condolence: {
    kind: 'condolence',
    title: 'THƯ CHIA BUỒN',
    placeholders: ['familyName', 'communeName', 'deceasedName', 'deathDate'],
    salutation: 'Kính gửi: Gia đình {{familyName}}',
    paragraphs: [
      // The deceased is named with the respectful form, never by the bare name.
      'Ủy ban nhân dân {{communeName}} vô cùng thương tiếc được tin Ông/Bà {{deceasedName}} đã từ trần ngày {{deathDate}}.',
      'Thay mặt lãnh đạo địa phương, chúng tôi xin gửi tới gia đình lời chia buồn sâu sắc nhất.',
    ],
  },
  // Wording follows the structure of Mẫu 04 (apology and new appointment for a late result).
  'apology-new-appointment': {
    kind: 'apology-new-appointment',
    title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
    placeholders: [
      'applicantName',
      'communeName',
      'receivedDate',
      'procedureName',
      'caseCode',
      'originalDueDate',
      'delayReason',
      'newDueDate',
    ],
    salutation: 'Kính gửi: {{applicantName}}',
    paragraphs: [
      'Ngày {{receivedDate}}, Bộ phận Tiếp nhận và Trả kết quả {{communeName}} tiếp nhận hồ sơ đề nghị giải quyết thủ tục {{procedureName}} của Ông/Bà, mã hồ sơ {{caseCode}}.',
      'Thời hạn trả kết quả giải quyết hồ sơ theo quy định là ngày {{originalDueDate}}. Tuy nhiên, đến nay chúng tôi chưa trả kết quả cho Ông/Bà. Lý do: {{delayReason}}.',
      'Sự chậm trễ này đã gây phiền hà và tốn kém chi phí đi lại của Ông/Bà. Ủy ban nhân dân {{communeName}} thành thật xin lỗi Ông/Bà và hẹn lại ngày trả kết quả là ngày {{newDueDate}}.',
      'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà.',
    ],
  },
  'thank-you': {
    kind: 'thank-you',
    title: 'THƯ CẢM ƠN',
    placeholders: ['recipientName', 'communeName', 'contribution'],
    salutation: 'Kính gửi: {{recipientName}}',
    paragraphs: [
      'Ủy ban nhân dân {{communeName}} trân trọng cảm ơn {{recipientName}} đã {{contribution}}.',
      'Kính chúc Ông/Bà và gia đình mạnh khỏe, hạnh phúc.',
    ],
  },
};

/** Renders every text field of a letter template; throws TemplateRenderError on any problem. */
export function renderLetter(
  template: LetterTemplate,
  values: Readonly<Record<string, string>>,
): RenderedLetter {
  return {
    title: renderTemplate(template.title, values),
    salutation: renderTemplate(template.salutation, values),
    paragraphs: template.paragraphs.map((paragraph) => renderTemplate(paragraph, values)),
  };
}
