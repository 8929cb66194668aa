import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';

import type { DailyQueueFigures, QueueTicket } from './queue-ticket';

/** Port: what the use cases need of the store; `QueueRepository` implements it. */
export abstract class QueueStore {
  abstract insert(ticket: QueueTicket, audit: AuditEntry): Promise<void>;
  /** Records the start of service unless another officer already did; false then. */
  abstract markServed(ticket: QueueTicket, audit: AuditEntry): Promise<boolean>;
  /** Records the end of service unless it was recorded already; false then. */
  abstract markFinished(ticket: QueueTicket, audit: AuditEntry): Promise<boolean>;
  /** Counts the ticket as issued, once. */
  abstract countIssued(ticket: QueueTicket): Promise<void>;
  /** Counts the ticket as served with its wait, once. */
  abstract countServed(ticket: QueueTicket): Promise<void>;
  /** Counts the ticket's desk time, once. */
  abstract countFinished(ticket: QueueTicket): Promise<void>;
  abstract findById(id: string, scope: TenantScope): Promise<QueueTicket | null>;
  abstract list(communeCode: string, day: string, scope: TenantScope): Promise<QueueTicket[]>;
  abstract dailyFigures(
    filter: { communeCode?: string; from: string; to: string; procedureKey?: string },
    scope: TenantScope,
  ): Promise<DailyQueueFigures[]>;
}
