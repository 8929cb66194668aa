import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';

import type { Deadline, DeadlineStage } from './deadline';

export interface StoredDeadline {
  deadline: Deadline;
  revision: number;
}

export type DeadlineView = 'open' | 'due-soon' | 'overdue' | 'closed';

export interface DeadlineSearch {
  /** Limits the search to the records the caller may read. */
  scope: TenantScope;
  communeCode?: string;
  view: DeadlineView;
  limit: number;
}

export interface AlarmAdvance {
  expectedStage: DeadlineStage;
  expectedDueAt: Date;
  now: Date;
  stage: DeadlineStage;
  nextCheckAt: Date | undefined;
}

/** Where deadlines are kept (port; the mongoose adapter is `DeadlineRepository`). */
export abstract class DeadlineStore {
  /** Stores a new deadline; false if the subject already has one. */
  abstract insert(deadline: Deadline, audit: AuditEntry): Promise<boolean>;
  /** The new state over the revision that was read; null when someone else wrote first. */
  abstract save(
    stored: StoredDeadline,
    next: Deadline,
    audit: AuditEntry,
  ): Promise<Deadline | null>;
  /** Internal read (event handlers, timer): no tenant filter. */
  abstract findByIdAsSystem(id: string): Promise<StoredDeadline | null>;
  abstract findById(id: string, scope: TenantScope): Promise<StoredDeadline | null>;
  abstract findBySubject(subjectId: string, scope: TenantScope): Promise<Deadline | null>;
  /** Soonest due first. */
  abstract search(criteria: DeadlineSearch): Promise<Deadline[]>;
  /** Deadlines whose next check has come, earliest first. */
  abstract findDue(now: Date, limit: number): Promise<Deadline[]>;
  /** Moves a deadline to the stage of an alarm already raised, only from the expected stage. */
  abstract advanceAlarm(id: string, advance: AlarmAdvance, audit?: AuditEntry): Promise<boolean>;
  /** Corrects a stored check instant that no alarm answers (no event, no audit entry). */
  abstract moveNextCheck(deadline: Deadline, nextCheckAt: Date | undefined): Promise<void>;
}
