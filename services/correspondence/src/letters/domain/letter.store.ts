import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import type { LetterChannel, LetterKind, LetterStatus } from '@libs/contracts';
import type { OutboxEntry } from '@libs/messaging';

import type { Letter, LetterContent, LetterNumber, LetterResend } from './letter';

export interface LetterSearch {
  /** Limits the search to the records the caller may read. */
  scope: TenantScope;
  communeCode?: string;
  kind?: LetterKind;
  status?: LetterStatus;
  subjectKey?: string;
  /** Part of the recipient's name; case and diacritics do not matter. */
  recipient?: string;
  createdFrom?: Date;
  createdBefore?: Date;
  limit: number;
}

/** The stored fields a status change may set; null clears a field. */
export interface LetterChanges {
  status: LetterStatus;
  channel?: LetterChannel;
  approvedAt?: Date;
  sentAt?: Date;
  printedAt?: Date;
  deliveredAt?: Date;
  failedAt?: Date;
  attempts?: number;
  lastError?: string | null;
  lastAttemptAt?: Date;
  nextAttemptAt?: Date | null;
  providerReference?: string | null;
  printBatchId?: string | null;
  deliveryLeaseUntil?: null;
}

/** Port: what the use cases need of the store; `LetterRepository` implements it. */
export abstract class LetterStore {
  /** Stores the letter with its events; false if this kind of letter exists for the fact. */
  abstract insertOnce(letter: Letter, events: OutboxEntry[], audit: AuditEntry[]): Promise<boolean>;
  abstract findBySubject(kind: LetterKind, subjectKey: string): Promise<Letter | null>;
  abstract findById(id: string, scope: TenantScope): Promise<Letter | null>;
  abstract findByIds(ids: readonly string[]): Promise<Letter[]>;
  abstract search(criteria: LetterSearch): Promise<Letter[]>;
  /**
   * Applies a status change, its event and its audit entry in one single-document update,
   * only if the letter is still as the caller saw it; null when it changed meanwhile.
   */
  abstract applyChange(
    seen: Pick<Letter, 'id' | 'status' | 'delivery'>,
    changes: LetterChanges,
    events: OutboxEntry[],
    audit: AuditEntry,
    resend?: LetterResend,
  ): Promise<Letter | null>;
  /**
   * Takes the next letter due for e-mail or SMS, holding it for `leaseMs` of real time so
   * another replica does not send it too; null when nothing is due.
   */
  abstract claimDue(dueBy: Date, leaseMs: number): Promise<Letter | null>;
  abstract releaseLease(id: string): Promise<void>;
  /** Drafts whose approval time has come and that were not escalated yet, oldest first. */
  abstract findApprovalDue(now: Date, limit: number): Promise<Letter[]>;
  /** Issued letters (past draft) that have no number yet, e.g. after a crash on approval. */
  abstract findIssuedWithoutNumber(limit: number): Promise<Letter[]>;
  /** Records the escalation of a draft still waiting; false when it moved meanwhile. */
  abstract markEscalated(id: string, at: Date, audit: AuditEntry): Promise<boolean>;
  /**
   * Writes the register number and the issue date line on a letter that has none; the letter
   * as stored afterwards (also when another replica numbered it first).
   */
  abstract setNumber(
    id: string,
    number: LetterNumber,
    content: Pick<LetterContent, 'documentNumber' | 'placeAndDate'>,
  ): Promise<Letter | null>;
  /** Approved paper letters of a commune that became ready before `readyBefore`, oldest first. */
  abstract findAwaitingPrint(
    communeCode: string,
    readyBefore: Date,
    limit: number,
  ): Promise<Letter[]>;
}
