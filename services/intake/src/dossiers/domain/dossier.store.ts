import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import type { DossierStatus } from '@libs/contracts';
import type { OutboxEntry } from '@libs/messaging';

import type { Dossier } from './dossier';
import type { SecretHash } from './dossier-secret';

export interface StoredDossier {
  dossier: Dossier;
  requestFingerprint: string;
  secret: SecretHash;
}

export type InsertOutcome = 'inserted' | 'duplicate';

export interface DossierSearch {
  communeCode?: string;
  status?: DossierStatus;
  procedureKey?: string;
  receivedFrom?: Date;
  receivedTo?: Date;
  /** Only open dossiers the deadline service warned about (deadline.due-soon). */
  dueSoon?: boolean;
  limit: number;
}

/** Stored fields (dot paths allowed) the dossier must still have for an update to apply. */
export type DossierExpectation = Readonly<Record<string, unknown>>;

/** Port: what the use cases need of the store; `DossierRepository` implements it. */
export abstract class DossierStore {
  /** Stores the dossier with its first events; 'duplicate' when its request key or code exists. */
  abstract insert(
    dossier: Dossier,
    request: { key: string; fingerprint: string },
    secret: SecretHash,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<InsertOutcome>;
  /**
   * Writes a change, its events and its audit entry in one single-document update, only if
   * the dossier is still as `expected` (optimistic concurrency). False when it was not.
   * Only the fields that differ from `before` are written, so a concurrent change to other
   * fields (a payment, a reschedule) is not overwritten with stale values.
   */
  abstract update(
    before: Dossier,
    after: Dossier,
    expected: DossierExpectation,
    events: OutboxEntry[],
    audit: AuditEntry,
    options?: { eventId?: string; secret?: SecretHash },
  ): Promise<boolean>;
  /** `scope` limits the read to the records the caller may see. */
  abstract findById(id: string, scope: TenantScope): Promise<StoredDossier | null>;
  /** For event handlers, which act for the system rather than for a person. */
  abstract findByIdAsSystem(id: string): Promise<(StoredDossier & { eventIds: string[] }) | null>;
  /** For the citizen lookup: the code is the key, the secret proves the right to see it. */
  abstract findByCode(code: string): Promise<StoredDossier | null>;
  abstract findByRequestKey(key: string): Promise<StoredDossier | null>;
  abstract codeExists(code: string): Promise<boolean>;
  abstract search(search: DossierSearch, scope: TenantScope): Promise<Dossier[]>;
}
