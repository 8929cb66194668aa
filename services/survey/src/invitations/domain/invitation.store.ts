import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import type { OutboxEntry } from '@libs/messaging';

import type { Invitation, InvitationAnswer } from './invitation';
import type { CredentialLookup, SurveyCredentials } from './survey-credentials';

export type InsertOutcome = 'created' | 'duplicate';

export interface CredentialDigests {
  tokenHash: string;
  codeHash: string;
}

/** Port: what the use cases need of the store; `InvitationRepository` implements it. */
export abstract class InvitationStore {
  /**
   * Stores a new invitation with its credentials to be shown once. A second invitation for
   * the same dossier (and campaign) has the same id and is refused: 'duplicate'.
   */
  abstract insert(
    invitation: Invitation,
    reveal: SurveyCredentials,
    audit: AuditEntry,
  ): Promise<InsertOutcome>;
  abstract findByIdAsSystem(id: string): Promise<Invitation | null>;
  /** `scope` limits the read to the invitations the caller may see. */
  abstract findById(id: string, scope: TenantScope): Promise<Invitation | null>;
  /** Hands out the stored token and code and forgets them, atomically: only one caller gets them. */
  abstract takeReveal(id: string, at: Date, audit: AuditEntry): Promise<SurveyCredentials | null>;
  /** New credentials for an open invitation (slip lost); the old link and code stop working. */
  abstract replaceCredentials(
    id: string,
    now: Date,
    digests: CredentialDigests,
    audit: AuditEntry,
  ): Promise<boolean>;
  /**
   * Uses the token: marks it used, keeps the answer and queues its events in one conditional
   * write on `{_id, usedAt: null}`. Of two concurrent answers, only one is stored. The link or
   * code used must still be the current one: a slip reissued after the survey was opened
   * makes the old credential fail here too.
   */
  abstract recordAnswer(
    id: string,
    used: CredentialLookup,
    answer: InvitationAnswer,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<boolean>;
  abstract markIssuedCounted(id: string): Promise<void>;
  abstract markAnswerCounted(id: string): Promise<void>;
  /** Invitations whose counting was interrupted (a crash between the write and the count). */
  abstract findUncounted(limit: number): Promise<Invitation[]>;
  abstract findDueReminders(now: Date, limit: number): Promise<Invitation[]>;
  /** Records the reminder and queues its event, once: false if already reminded or closed. */
  abstract recordReminder(
    id: string,
    now: Date,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<boolean>;
  /** Closes open invitations past their expiry, a batch at a time; returns how many. */
  abstract expireDue(now: Date, audit: AuditEntry, limit: number): Promise<number>;
  abstract listForCampaign(campaignId: string): Promise<Invitation[]>;
  abstract countForCampaign(campaignId: string): Promise<number>;
}
