import type { MessageKey } from '../i18n/messages';

/** libs/contracts LETTER_KINDS, in the order the leader sees them, with their names. */
export const LETTER_KIND_NAMES = {
  'birth-congratulation': 'kindBirth',
  'marriage-congratulation': 'kindMarriage',
  'death-condolence': 'kindDeath',
  apology: 'kindApology',
  'overdue-apology': 'kindOverdueApology',
  'thank-you': 'kindThankYou',
  'survey-reminder': 'kindSurveyReminder',
} as const satisfies Record<string, MessageKey>;

export type LetterKind = keyof typeof LETTER_KIND_NAMES;

export const LETTER_KINDS = Object.keys(LETTER_KIND_NAMES) as LetterKind[];

export const isLetterKind = (kind: string): kind is LetterKind =>
  Object.hasOwn(LETTER_KIND_NAMES, kind);

/** A kind added to correspondence after this build shows as its code rather than break. */
export function letterKindName(kind: string, translate: (key: MessageKey) => string): string {
  return isLetterKind(kind) ? translate(LETTER_KIND_NAMES[kind]) : kind;
}

/** libs/contracts LETTER_STATUSES, as officers are told where a letter is. */
export const LETTER_STATUS_NAMES = {
  draft: 'letterStatusDraft',
  approved: 'letterStatusApproved',
  sent: 'letterStatusSent',
  printed: 'letterStatusPrinted',
  delivered: 'letterStatusDelivered',
  failed: 'letterStatusFailed',
} as const satisfies Record<string, MessageKey>;

export type LetterStatus = keyof typeof LETTER_STATUS_NAMES;

export const LETTER_STATUSES = Object.keys(LETTER_STATUS_NAMES) as LetterStatus[];

/** The letter each civil-status registration makes (correspondence's civil-status letters). */
export const REGISTRATION_LETTER = {
  birth: 'birth-congratulation',
  marriage: 'marriage-congratulation',
  death: 'death-condolence',
} as const satisfies Record<string, LetterKind>;

export type CivilStatusKind = keyof typeof REGISTRATION_LETTER;
