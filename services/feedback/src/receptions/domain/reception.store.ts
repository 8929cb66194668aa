import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';

import type { Reception, ReceptionKind } from './reception';

export interface StoredReception {
  reception: Reception;
  requestFingerprint: string;
}

export interface ReceptionSearch {
  scope: TenantScope;
  communeCode?: string;
  kind?: ReceptionKind;
  from?: string;
  to?: string;
  limit: number;
}

/** Port: what the use cases need of the store; `ReceptionRepository` implements it. */
export abstract class ReceptionStore {
  abstract insert(
    reception: Reception,
    request: { key: string; fingerprint: string },
    audit: AuditEntry,
  ): Promise<boolean>;
  abstract findByRequestKey(key: string): Promise<StoredReception | null>;
  abstract findById(id: string, scope: TenantScope): Promise<Reception | null>;
  abstract search(criteria: ReceptionSearch): Promise<Reception[]>;
}
