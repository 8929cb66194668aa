import { LetterChannel, LetterKind, LetterStatus } from '@libs/contracts';

export type { LetterChannel, LetterStatus };

/** The parts of an official letter, in the order they are printed. */
export interface LetterContent {
  issuer: string;
  nationalMotto: string[];
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

export function feedbackCaseSubjectKey(caseId: string): string {
  return `feedback-case:${caseId}`;
}

/** The whole letter as plain text, as it reads on paper. */
export function letterText(content: LetterContent): string {
  return [
    content.issuer,
    ...content.nationalMotto,
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
