import { createHash } from 'node:crypto';

import { vietnamCalendarDate } from '@libs/clock';

import { AnswerAssessment, AnswerValue } from '../../answers/domain/answer-sheet';
import { CountingSubject } from '../../indexes/domain/satisfaction-index';
import { ReturnedDossier } from './returned-dossier';

export type InvitationKind = 'after-result' | 'campaign';
export type InvitationStatus = 'open' | 'answered' | 'expired';

/** How the answer reached the platform: the citizen online, or an officer keying a paper form. */
export type AnswerSource = 'online' | 'paper';

export interface InvitationAnswer {
  answeredAt: Date;
  values: Record<string, AnswerValue>;
  assessment: AnswerAssessment;
  /** Absent on answers stored before paper entry existed: those were online. */
  source?: AnswerSource;
  /** Paper only: the officer who keyed it and the form's own number, if printed on it. */
  enteredBy?: string;
  formNumber?: string;
}

/** An invitation carries its returned dossier; `period` is the month it is counted in. */
export interface Invitation extends ReturnedDossier {
  id: string;
  kind: InvitationKind;
  campaignId: string | null;
  questionnaireId: string;
  questionnaireVersion: number;
  issuedAt: Date;
  remindAt: Date | null;
  remindedAt: Date | null;
  expiresAt: Date;
  status: InvitationStatus;
  usedAt: Date | null;
  revealedAt: Date | null;
  answer: InvitationAnswer | null;
  /** Digests of the current link token and short code (the credentials themselves are not kept). */
  credentials: { tokenHash: string; codeHash: string };
  /** Whether the issue and the answer are already in the index counters. */
  issuedCounted: boolean;
  answerCounted: boolean;
}

const DAY_MS = 24 * 3600 * 1000;

/** RFC 4122 namespace of survey invitation ids (a fixed random UUID). */
const INVITATION_NAMESPACE = Buffer.from('6f3c2b8e41d94f0a9a7e5d21c08b3f64', 'hex');

/**
 * The invitation id is derived from what it is for (name-based UUID, version 5): one
 * after-result invitation per dossier and one per dossier and campaign, enforced by the
 * primary key, and found by key without a search.
 */
export function invitationIdFor(dossierId: string, campaignId: string | null): string {
  const name = `${campaignId ? `campaign:${campaignId}` : 'after-result'}:${dossierId}`;
  const bytes = createHash('sha1').update(INVITATION_NAMESPACE).update(name).digest();
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A poll of residents at large (e.g. the Fatherland Front's twice-yearly poll among the
 * residential groups) stands on no dossier: its invitations carry a placeholder dossier id.
 */
export const RESIDENT_DOSSIER_PREFIX = 'resident:';

export function isResidentInvitation(invitation: Pick<Invitation, 'dossierId'>): boolean {
  return invitation.dossierId.startsWith(RESIDENT_DOSSIER_PREFIX);
}

export function periodOf(instant: Date): string {
  return vietnamCalendarDate(instant).slice(0, 7);
}

/** When to remind and when the invitation lapses, counted from when it was issued. */
export function invitationSchedule(
  issuedAt: Date,
  policy: { reminderAfterDays: number; expiresAfterDays: number },
): { remindAt: Date | null; expiresAt: Date } {
  const expiresAt = new Date(issuedAt.getTime() + policy.expiresAfterDays * DAY_MS);
  const remindAt = new Date(issuedAt.getTime() + policy.reminderAfterDays * DAY_MS);
  // A reminder that would arrive after the survey closed is no reminder at all.
  return { remindAt: remindAt < expiresAt ? remindAt : null, expiresAt };
}

/** Where the invitation and its answer are counted in the satisfaction indexes. */
export function countingSubjectOf(invitation: Invitation): CountingSubject {
  const campaign = invitation.kind === 'campaign';
  return {
    scope: campaign ? 'campaign' : 'result',
    campaignId: invitation.campaignId,
    communeCode: invitation.communeCode,
    provinceCode: invitation.provinceCode,
    period: campaign ? null : invitation.period,
    procedureKey: invitation.procedureKey,
    officerId: invitation.officerId,
  };
}
