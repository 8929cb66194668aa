import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import type { OutboxEntry } from '@libs/messaging';

import type { BirthRegistration } from './birth-registration';

export interface StoredBirthRegistration {
  registration: BirthRegistration;
  requestFingerprint: string;
}

/** Port: what the use cases need of the store; `BirthRegistrationRepository` implements it. */
export abstract class BirthRegistrationStore {
  /**
   * Stores the registration and its events in one document write. Returns false when a
   * registration with the same request key already exists.
   */
  abstract insert(
    registration: BirthRegistration,
    request: { key: string; fingerprint: string },
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<boolean>;
  /** `scope` limits the read to the records the caller may see. */
  abstract findById(id: string, scope: TenantScope): Promise<StoredBirthRegistration | null>;
  abstract findByRequestKey(key: string): Promise<StoredBirthRegistration | null>;
}
