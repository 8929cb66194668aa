import { renderTemplate } from './mustache-template';

export type LetterKind =
  | 'birth-congratulation'
  | 'marriage-congratulation'
  | 'condolence'
  | 'apology-new-appointment'
  | 'overdue-apology'
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
    placeholders: ['spouseNames', 'coupleTitle', 'communeName', 'marriageDate'],
    salutation: 'Kính gửi: {{spouseNames}}',
    paragraphs: [
      'Nhân dịp {{coupleTitle}} đăng ký kết hôn ngày {{marriageDate}}, Ủy ban nhân dân {{communeName}} xin gửi tới {{coupleTitle}} và hai gia đình lời chúc mừng chân thành nhất.',
      'Chúc {{coupleTitle}} trăm năm hạnh phúc, xây dựng gia đình ấm no, bình đẳng, tiến bộ, hạnh phúc.',
    ],
  },
  condolence: {
    kind: 'condolence',
    title: 'THƯ CHIA BUỒN',
    placeholders: [
      'familyName',
      'communeName',
      'deceasedTitle',
      'deceasedName',
      'ageClause',
      'deathDate',
    ],
    salutation: 'Kính gửi: Gia đình {{familyName}}',
    paragraphs: [
      // The deceased is named with the honorific for their sex and age ("Cụ", "Ông", "Bà"),
      // and their age in the customary words ("hưởng thọ" from 60, "hưởng dương" below).
      'Ủy ban nhân dân {{communeName}} vô cùng thương tiếc nhận được tin {{deceasedTitle}} {{deceasedName}}{{ageClause}} đã từ trần ngày {{deathDate}}.',
      'Thay mặt chính quyền và nhân dân địa phương, Ủy ban nhân dân {{communeName}} xin gửi tới gia đình lời chia buồn sâu sắc nhất.',
      'Kính chúc gia đình nén đau thương, giữ gìn sức khỏe và sớm ổn định cuộc sống.',
    ],
  },
  // Mẫu 04 of Circular 03/2025/TT-VPCP (Phụ lục I): it goes out before the due date, so it is
  // worded for a delay that is expected, and it gives the new appointment with its time.
  'apology-new-appointment': {
    kind: 'apology-new-appointment',
    title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
    placeholders: [
      'applicantName',
      'applicantTitle',
      'communeName',
      'oneStopCentre',
      'receivedDate',
      'procedureName',
      'caseCode',
      'originalDueDate',
      'delayReason',
      'newAppointment',
    ],
    salutation: 'Kính gửi: {{applicantName}}',
    paragraphs: [
      'Ngày {{receivedDate}}, {{oneStopCentre}} tiếp nhận hồ sơ của {{applicantTitle}} đề nghị giải quyết thủ tục {{procedureName}}, mã hồ sơ {{caseCode}}; thời hạn trả kết quả theo quy định là ngày {{originalDueDate}}.',
      'Hồ sơ của {{applicantTitle}} dự kiến không giải quyết xong đúng hạn. Lý do: {{delayReason}}.',
      'Ủy ban nhân dân {{communeName}} thành thật xin lỗi {{applicantTitle}} và đề nghị gia hạn thời gian giải quyết hồ sơ; thời gian hẹn trả kết quả mới là {{newAppointment}}.',
      'Mong {{applicantTitle}} thông cảm. Xin trân trọng cảm ơn.',
    ],
  },
  // A dossier that went overdue without a new appointment: the apology is drafted at once.
  'overdue-apology': {
    kind: 'overdue-apology',
    title: 'THƯ XIN LỖI',
    placeholders: [
      'applicantName',
      'applicantTitle',
      'communeName',
      'oneStopCentre',
      'receivedDate',
      'procedureName',
      'caseCode',
      'originalDueDate',
    ],
    salutation: 'Kính gửi: {{applicantName}}',
    paragraphs: [
      'Ngày {{receivedDate}}, {{oneStopCentre}} tiếp nhận hồ sơ của {{applicantTitle}} đề nghị giải quyết thủ tục {{procedureName}}, mã hồ sơ {{caseCode}}, hẹn trả kết quả ngày {{originalDueDate}}.',
      'Đến thời hạn trên, hồ sơ của {{applicantTitle}} chưa được giải quyết xong. Ủy ban nhân dân {{communeName}} thành thật xin lỗi {{applicantTitle}} về sự chậm trễ này.',
      'Ủy ban nhân dân {{communeName}} đã chỉ đạo khẩn trương giải quyết hồ sơ và sẽ thông báo ngay cho {{applicantTitle}} thời gian trả kết quả.',
      'Mong {{applicantTitle}} thông cảm. Xin trân trọng cảm ơn.',
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
