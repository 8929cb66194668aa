import { LetterKind } from '@libs/contracts';

export type LetterStatus = 'draft';

/** The parts of an official letter, in the order they are printed. */
export interface LetterContent {
  issuer: string;
  nationalMotto: string[];
  placeAndDate: string;
  title: string;
  salutation: string;
  paragraphs: string[];
  signatureBlock: string[];
}

export interface Letter {
  id: string;
  communeCode: string;
  provinceCode: string;
  kind: LetterKind;
  /** The fact the letter answers, e.g. `birth:<registrationId>`: one letter per kind and fact. */
  subjectKey: string;
  recipientName: string;
  recipientAddress: string;
  content: LetterContent;
  status: LetterStatus;
  triggeredBy: { eventId: string; eventType: string };
  createdAt: Date;
}

export function birthSubjectKey(registrationId: string): string {
  return `birth:${registrationId}`;
}
