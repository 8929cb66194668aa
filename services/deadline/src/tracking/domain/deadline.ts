import { createHash } from 'node:crypto';

import { DeadlineSubject, DossierStatus } from '@libs/contracts';

/** Which alarm has been raised for the current due time. */
export const DEADLINE_STAGES = ['tracking', 'due-soon-sent', 'overdue-sent'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];

/**
 * `pending`: only a status change arrived so far (events of one subject can arrive out of
 * order after a replay); `open`: the clock runs; `closed`: returned, answered or ended.
 */
export const DEADLINE_STATES = ['pending', 'open', 'closed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const CLOSE_REASONS = [
  'result-returned',
  'answered',
  'withdrawn',
  'stopped',
  'rejected',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The one apology-and-new-appointment a deadline may have. */
export interface Reschedule {
  rescheduledAt: Date;
  previousDueAt: Date;
  reason: string;
  officerId: string;
}

export interface Deadline {
  id: string;
  subjectType: DeadlineSubject;
  /** Dossier id or feedback case id. */
  subjectId: string;
  /** Dossier code or case number, as printed for the citizen. */
  subjectCode: string;
  communeCode: string;
  provinceCode: string;
  /** Procedure key of a dossier, kind of a feedback case: the figures break down by it. */
  category: string;
  officerId?: string;
  /** False while only a close or status change of the subject has arrived. */
  opened: boolean;
  state: DeadlineState;
  stage: DeadlineStage;
  receivedAt?: Date;
  /** Legal processing (or response) time in working days; 0 for same-day procedures. */
  legalWorkingDays?: number;
  /** The appointment before any apology-and-reschedule; on-time figures count against it. */
  originalDueAt?: Date;
  dueAt?: Date;
  dueSoonAt?: Date;
  /** When the timer must look at this deadline again; absent when no alarm is pending. */
  nextCheckAt?: Date;
  status?: DossierStatus;
  statusChangedAt?: Date;
  closedAt?: Date;
  closeReason?: CloseReason;
  /** As the dossier's owner (intake) judged it; derived from the due time for cases. */
  onTime?: boolean;
  reschedule?: Reschedule;
}

/** The deadline and the subject it is about, as its events and answers name them. */
export interface DeadlineReference {
  deadlineId: string;
  subjectType: DeadlineSubject;
  subjectId: string;
  subjectCode: string;
  communeCode: string;
  provinceCode: string;
}

export function deadlineReference(deadline: Deadline): DeadlineReference {
  return {
    deadlineId: deadline.id,
    subjectType: deadline.subjectType,
    subjectId: deadline.subjectId,
    subjectCode: deadline.subjectCode,
    communeCode: deadline.communeCode,
    provinceCode: deadline.provinceCode,
  };
}

// A fixed, arbitrary namespace: deadline ids are name-based (RFC 9562 version 5).
const DEADLINE_ID_NAMESPACE = Buffer.from('3f6c2a8e41d05b7c9e2a4d6f8b1c3e5a', 'hex');

/**
 * One deadline per subject, with an id every replica derives alike, so opening, closing
 * and replays of the same subject meet on one document without a lookup.
 */
export function deadlineIdFor(subjectType: DeadlineSubject, subjectId: string): string {
  const hash = createHash('sha1')
    .update(DEADLINE_ID_NAMESPACE)
    .update(`${subjectType}:${subjectId.toLowerCase()}`)
    .digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
}

/**
 * Closed in time: intake's judgement for dossiers, the original appointment for cases and
 * for any rescheduled subject (intake judges by the apology's new date; an apology does not
 * make a late result on time).
 */
export function closedOnTime(deadline: Deadline): boolean | undefined {
  if (deadline.state !== 'closed' || !deadline.closedAt) {
    return undefined;
  }
  if (deadline.onTime !== undefined && !deadline.reschedule) {
    return deadline.onTime;
  }
  const due = deadline.originalDueAt ?? deadline.dueAt;
  return due ? deadline.closedAt.getTime() <= due.getTime() : undefined;
}
