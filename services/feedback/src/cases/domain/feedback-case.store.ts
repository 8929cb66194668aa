import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import type { FeedbackChannel, FeedbackKind } from '@libs/contracts';
import type { OutboxEntry } from '@libs/messaging';

import type { CaseEscalation, CaseStatus, FeedbackCase, FeedbackCategory } from './feedback-case';

export interface CaseKeys {
  sourceKey: string;
  requestKey: string;
  fingerprint: string;
}

export interface StoredCase {
  feedbackCase: FeedbackCase;
  fingerprint: string;
}

export interface CaseSearch {
  /** Limits the search to the records the caller may read. */
  scope: TenantScope;
  communeCode?: string;
  status?: CaseStatus;
  kind?: FeedbackKind;
  escalated?: boolean;
  code?: string;
  limit: number;
}

export interface PublicAnswerRow {
  caseCode: string;
  kind: FeedbackKind;
  category: FeedbackCategory;
  channel: FeedbackChannel;
  receivedAt: Date;
  summary?: string;
  answer: string;
  publishedAt: Date;
}

/** Port: what the use cases need of the store; `FeedbackCaseRepository` implements it. */
export abstract class FeedbackCaseStore {
  /**
   * Stores a new case with its events. 'duplicate' when its source or request key already
   * has a case; 'code-taken' when another case got the same number first.
   */
  abstract insert(
    feedbackCase: FeedbackCase,
    numbering: { year: number; sequence: number },
    keys: CaseKeys,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<'inserted' | 'duplicate' | 'code-taken'>;
  /** The highest number given in the commune and year so far (0 when none). */
  abstract highestSequence(communeCode: string, year: number): Promise<number>;
  /**
   * Stores an officer's change if nobody changed the case since it was read (same
   * revision). The events and the audit entry go in the same single-document update.
   */
  abstract saveChange(
    after: FeedbackCase,
    expectedRevision: number,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<'saved' | 'stale'>;
  /** Flags an open case as escalated: 'unchanged' when it is already escalated or settled. */
  abstract escalate(
    id: string,
    escalation: CaseEscalation,
    audit: AuditEntry,
  ): Promise<'escalated' | 'unchanged'>;
  abstract findById(id: string, scope: TenantScope): Promise<FeedbackCase | null>;
  /** For event handlers, which act for the system rather than for a person. */
  abstract findByIdAsSystem(id: string): Promise<FeedbackCase | null>;
  abstract findByCode(code: string, scope: TenantScope): Promise<FeedbackCase | null>;
  abstract findBySourceKey(sourceKey: string): Promise<StoredCase | null>;
  abstract findByRequestKey(requestKey: string): Promise<StoredCase | null>;
  /** The newest case of the commune with the same submission since the given time. */
  abstract findRecentByFingerprint(
    communeCode: string,
    fingerprint: string,
    since: Date,
  ): Promise<StoredCase | null>;
  abstract findByOrigin(originId: string): Promise<FeedbackCase[]>;
  abstract search(criteria: CaseSearch): Promise<FeedbackCase[]>;
  /** Published answers of one commune, newest first, with nothing that names the citizen. */
  abstract listPublicAnswers(communeCode: string, limit: number): Promise<PublicAnswerRow[]>;
}
