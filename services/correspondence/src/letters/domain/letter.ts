import { LetterChannel, LetterKind, LetterStatus } from '@libs/contracts';

export type { LetterChannel, LetterStatus };

/** The parts of an official letter, in the order they are printed. */
export interface LetterContent {
  issuer: string;
  nationalMotto: string[];
  /** "05/UBND", printed as "Số: 05/UBND"; given when the letter is issued. */
  documentNumber?: string;
  placeAndDate: string;
  title: string;
  salutation: string;
  paragraphs: string[];
  signatureBlock: string[];
  /** Printed under the space left for the handwritten signature and the seal. */
  signerName?: string;
}

/** Whom the letter is for and how they can be reached. */
export interface LetterRecipient {
  name: string;
  addressLine?: string;
  email?: string;
  phone?: string;
}

/** Which template wording a letter was written from. */
export interface TemplateUsed {
  version: number;
  source: 'built-in' | 'commune';
}

/** When the letter entered each status (the latest time, after a resend). */
export interface LetterTimes {
  approvedAt?: Date;
  sentAt?: Date;
  printedAt?: Date;
  deliveredAt?: Date;
  failedAt?: Date;
}

export interface LetterDelivery {
  /** Rounds tried on the current channel since the letter was (re-)queued. */
  attempts: number;
  lastError?: string;
  lastAttemptAt?: Date;
  /** When the dispatcher may try again; absent when nothing is scheduled. */
  nextAttemptAt?: Date;
  providerReference?: string;
  printBatchId?: string;
}

export interface LetterResend {
  at: Date;
  by: string;
  channel: LetterChannel;
  note?: string;
}

/** The letter's entry in the commune's register of outgoing letters (Decree 30/2020 Art. 15). */
export interface LetterNumber {
  value: number;
  year: number;
  symbol: string;
}

/** When a leader must have approved the letter, and whether it was escalated. */
export interface LetterApproval {
  dueAt: Date;
  escalatedAt?: Date;
}

export interface Letter {
  id: string;
  communeCode: string;
  provinceCode: string;
  kind: LetterKind;
  /** The fact the letter answers, e.g. `birth:<registrationId>`: one letter per kind and fact. */
  subjectKey: string;
  recipientName: string;
  recipientAddress?: string;
  recipientEmail?: string;
  recipientPhone?: string;
  content: LetterContent;
  /** The placeholder values the letter was written with (for SMS summaries and reprints). */
  values: Record<string, string>;
  template: TemplateUsed;
  status: LetterStatus;
  channel: LetterChannel;
  times: LetterTimes;
  delivery: LetterDelivery;
  resends: LetterResend[];
  triggeredBy: { eventId: string; eventType: string };
  createdAt: Date;
  number?: LetterNumber;
  approval?: LetterApproval;
}

/** "05/UBND": Decree 30/2020, Phụ lục I §II.3c writes numbers below 10 with a leading zero. */
export function formatLetterNumber(number: LetterNumber): string {
  return `${String(number.value).padStart(2, '0')}/${number.symbol}`;
}

export function birthSubjectKey(registrationId: string): string {
  return `birth:${registrationId}`;
}

export function marriageSubjectKey(registrationId: string): string {
  return `marriage:${registrationId}`;
}

export function deathSubjectKey(registrationId: string): string {
  return `death:${registrationId}`;
}

/** One apology per dossier: the law allows the return date to be moved only once. */
export function dossierSubjectKey(dossierId: string): string {
  return `dossier:${dossierId}`;
}

/** One letter per reminder the survey service asks for (its number counts them). */
export function surveyReminderSubjectKey(invitationId: string, reminderNumber: number): string {
  return `survey-reminder:${invitationId}:${reminderNumber}`;
}

export function feedbackCaseSubjectKey(caseId: string): string {
  return `feedback-case:${caseId}`;
}

/** The whole letter as plain text, as it reads on paper. */
export function letterText(content: LetterContent): string {
  return [
    content.issuer,
    ...content.nationalMotto,
    ...(content.documentNumber ? [`Số: ${content.documentNumber}`] : []),
    content.placeAndDate,
    '',
    content.title,
    content.salutation,
    ...content.paragraphs,
    '',
    ...content.signatureBlock,
    ...(content.signerName ? [content.signerName] : []),
  ].join('\n');
}
