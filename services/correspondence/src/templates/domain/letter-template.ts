import { LETTER_KINDS, LetterKind } from '@libs/contracts';

/** The wording of one kind of letter: each field is a Mustache template of placeholders. */
export interface TemplateWording {
  title: string;
  salutation: string;
  paragraphs: string[];
}

export interface LetterTemplate extends TemplateWording {
  kind: LetterKind;
  /** 1 is the built-in wording; a commune's own versions follow from 2. */
  version: number;
  source: 'built-in' | 'commune';
  /** The commune whose wording this is; absent for the built-in wording. */
  communeCode?: string;
  createdAt?: Date;
  createdBy?: string;
}

export const BUILT_IN_VERSION = 1;

/** Every kind can name the commune, its one-stop centre and the recipient. */
const COMMON_PLACEHOLDERS = ['communeName', 'oneStopCentre', 'recipientName'] as const;

/**
 * The values the service computes for each kind; a template may use these and nothing else,
 * so every saved template can always be filled in.
 */
/** Both apologies name the late dossier alike; the rescheduled one adds its new appointment. */
const LATE_DOSSIER_PLACEHOLDERS = [
  ...COMMON_PLACEHOLDERS,
  'applicantName',
  'applicantTitle',
  'receivedDate',
  'procedureName',
  'caseCode',
  'originalDueDate',
];

export const LETTER_PLACEHOLDERS: Readonly<Record<LetterKind, readonly string[]>> = {
  'birth-congratulation': [
    ...COMMON_PLACEHOLDERS,
    'parentNames',
    'parentsTitle',
    'childRelation',
    'childName',
    'birthDate',
  ],
  'marriage-congratulation': [...COMMON_PLACEHOLDERS, 'spouseNames', 'coupleTitle', 'marriageDate'],
  'death-condolence': [
    ...COMMON_PLACEHOLDERS,
    'familyName',
    'deceasedTitle',
    'deceasedName',
    'ageClause',
    'deathDate',
  ],
  apology: [...LATE_DOSSIER_PLACEHOLDERS, 'delayReason', 'newDueDate', 'newAppointment'],
  'overdue-apology': LATE_DOSSIER_PLACEHOLDERS,
  'thank-you': [...COMMON_PLACEHOLDERS, 'contribution', 'caseCode'],
  'survey-reminder': [
    ...COMMON_PLACEHOLDERS,
    'applicantName',
    'applicantTitle',
    'procedureName',
    'caseCode',
    'answerBy',
  ],
};

/**
 * The wording every commune starts from, and the only wording registry: a commune's own
 * versions are stored beside it (templates/infrastructure). Starting points an office reviews,
 * not legal text, except Mẫu 04, whose title and order follow Circular 03/2025/TT-VPCP.
 */
const BUILT_IN_WORDING: Readonly<Record<LetterKind, TemplateWording>> = {
  'birth-congratulation': {
    title: 'THƯ CHÚC MỪNG',
    salutation: 'Kính gửi: {{parentNames}}',
    paragraphs: [
      'Ủy ban nhân dân {{communeName}} vui mừng được biết gia đình {{parentsTitle}} vừa đón chào {{childRelation}} {{childName}}, sinh ngày {{birthDate}}.',
      'Thay mặt chính quyền và nhân dân địa phương, Ủy ban nhân dân {{communeName}} xin gửi tới gia đình lời chúc mừng tốt đẹp nhất. Chúc cháu luôn khỏe mạnh, ngoan ngoãn, lớn lên trong tình yêu thương của gia đình và cộng đồng; chúc gia đình luôn mạnh khỏe, hạnh phúc.',
    ],
  },
  'marriage-congratulation': {
    title: 'THƯ CHÚC MỪNG',
    salutation: 'Kính gửi: {{spouseNames}}',
    paragraphs: [
      'Nhân dịp {{coupleTitle}} đăng ký kết hôn ngày {{marriageDate}}, Ủy ban nhân dân {{communeName}} xin gửi tới {{coupleTitle}} và hai gia đình lời chúc mừng chân thành nhất.',
      'Chúc {{coupleTitle}} trăm năm hạnh phúc, xây dựng gia đình ấm no, bình đẳng, tiến bộ, hạnh phúc.',
    ],
  },
  'death-condolence': {
    title: 'THƯ CHIA BUỒN',
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
  apology: {
    title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
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
    title: 'THƯ XIN LỖI',
    salutation: 'Kính gửi: {{applicantName}}',
    paragraphs: [
      'Ngày {{receivedDate}}, {{oneStopCentre}} tiếp nhận hồ sơ của {{applicantTitle}} đề nghị giải quyết thủ tục {{procedureName}}, mã hồ sơ {{caseCode}}, hẹn trả kết quả ngày {{originalDueDate}}.',
      'Đến thời hạn trên, hồ sơ của {{applicantTitle}} chưa được giải quyết xong. Ủy ban nhân dân {{communeName}} thành thật xin lỗi {{applicantTitle}} về sự chậm trễ này.',
      'Ủy ban nhân dân {{communeName}} đã chỉ đạo khẩn trương giải quyết hồ sơ và sẽ thông báo ngay cho {{applicantTitle}} thời gian trả kết quả.',
      'Mong {{applicantTitle}} thông cảm. Xin trân trọng cảm ơn.',
    ],
  },
  // The case number lets the citizen follow their feedback up.
  'thank-you': {
    title: 'THƯ CẢM ƠN',
    salutation: 'Kính gửi: {{recipientName}}',
    paragraphs: [
      'Ủy ban nhân dân {{communeName}} trân trọng cảm ơn {{recipientName}} đã {{contribution}}.',
      'Ý kiến của Ông/Bà đã được tiếp nhận với số {{caseCode}} và sẽ được xem xét, trả lời theo quy định.',
      'Kính chúc Ông/Bà và gia đình mạnh khỏe, hạnh phúc.',
    ],
  },
  // The reminder of an unanswered survey, by e-mail or SMS only. It names no survey code: the
  // code is a credential printed on the return slip, never sent over the event bus.
  'survey-reminder': {
    title: 'THƯ MỜI ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG',
    salutation: 'Kính gửi: {{applicantName}}',
    paragraphs: [
      '{{oneStopCentre}} đã trả kết quả hồ sơ {{procedureName}} của {{applicantTitle}}, mã hồ sơ {{caseCode}}.',
      'Để phục vụ người dân ngày càng tốt hơn, Ủy ban nhân dân {{communeName}} trân trọng đề nghị {{applicantTitle}} dành ít phút đánh giá mức độ hài lòng bằng mã khảo sát in trên phiếu trả kết quả, trước ngày {{answerBy}}.',
      'Xin trân trọng cảm ơn {{applicantTitle}}.',
    ],
  },
};

export function builtInTemplate(kind: LetterKind): LetterTemplate {
  const wording = BUILT_IN_WORDING[kind];
  return {
    kind,
    version: BUILT_IN_VERSION,
    source: 'built-in',
    title: wording.title,
    salutation: wording.salutation,
    paragraphs: [...wording.paragraphs],
  };
}

export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}
