import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { DEFAULT_LETTER_TEMPLATES, LetterKind as DocumentLetterKind } from '@libs/documents';

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
  apology: [
    ...COMMON_PLACEHOLDERS,
    'applicantName',
    'applicantTitle',
    'receivedDate',
    'procedureName',
    'caseCode',
    'originalDueDate',
    'delayReason',
    'newDueDate',
    'newAppointment',
  ],
  'overdue-apology': [
    ...COMMON_PLACEHOLDERS,
    'applicantName',
    'applicantTitle',
    'receivedDate',
    'procedureName',
    'caseCode',
    'originalDueDate',
  ],
  'thank-you': [...COMMON_PLACEHOLDERS, 'contribution', 'caseCode'],
};

/** The documents library names two kinds differently from the event contracts. */
const DOCUMENT_KIND: Readonly<Record<LetterKind, DocumentLetterKind>> = {
  'birth-congratulation': 'birth-congratulation',
  'marriage-congratulation': 'marriage-congratulation',
  'death-condolence': 'condolence',
  apology: 'apology-new-appointment',
  'overdue-apology': 'overdue-apology',
  'thank-you': 'thank-you',
};

function fromLibrary(kind: LetterKind): TemplateWording {
  const template = DEFAULT_LETTER_TEMPLATES[DOCUMENT_KIND[kind]];
  return {
    title: template.title,
    salutation: template.salutation,
    paragraphs: [...template.paragraphs],
  };
}

/**
 * The wording every commune starts from. Apology (Mẫu 04), marriage and condolence letters use
 * the documents library's defaults as they are. The birth letter keeps the wording the service
 * has always sent: the library's version ends by asking parents to register the birth, which
 * they have just done. The thank-you letter adds the case number, so the citizen can follow up.
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
  'marriage-congratulation': fromLibrary('marriage-congratulation'),
  'death-condolence': fromLibrary('death-condolence'),
  apology: fromLibrary('apology'),
  'overdue-apology': fromLibrary('overdue-apology'),
  'thank-you': {
    ...fromLibrary('thank-you'),
    paragraphs: [
      'Ủy ban nhân dân {{communeName}} trân trọng cảm ơn {{recipientName}} đã {{contribution}}.',
      'Ý kiến của Ông/Bà đã được tiếp nhận với số {{caseCode}} và sẽ được xem xét, trả lời theo quy định.',
      'Kính chúc Ông/Bà và gia đình mạnh khỏe, hạnh phúc.',
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
