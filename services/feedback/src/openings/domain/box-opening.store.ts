import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';

import type { BoxOpening } from './box-opening';

export interface StoredOpening {
  opening: BoxOpening;
  requestFingerprint: string;
}

/** Port: what the use cases need of the store; `BoxOpeningRepository` implements it. */
export abstract class BoxOpeningStore {
  /** False when an opening with the same request key exists. */
  abstract insert(
    opening: BoxOpening,
    request: { key: string; fingerprint: string },
    audit: AuditEntry,
  ): Promise<boolean>;
  abstract findByRequestKey(key: string): Promise<StoredOpening | null>;
  abstract findById(id: string, scope: TenantScope): Promise<BoxOpening | null>;
  abstract listForBox(boxId: string, scope: TenantScope): Promise<BoxOpening[]>;
}
