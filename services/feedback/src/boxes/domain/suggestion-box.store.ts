import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';

import type { SuggestionBox } from './suggestion-box';

/** Port: what the use cases need of the store; `SuggestionBoxRepository` implements it. */
export abstract class SuggestionBoxStore {
  /** False when the commune already has a box with that name. */
  abstract insert(box: SuggestionBox, audit: AuditEntry): Promise<boolean>;
  /** Stores the new values with the audit entry; 'name-taken' on a clash of names. */
  abstract update(box: SuggestionBox, audit: AuditEntry): Promise<'updated' | 'name-taken'>;
  abstract findById(id: string, scope: TenantScope): Promise<SuggestionBox | null>;
  abstract search(criteria: {
    scope: TenantScope;
    communeCode?: string;
    active?: boolean;
  }): Promise<SuggestionBox[]>;
}
