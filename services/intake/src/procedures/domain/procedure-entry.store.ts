import type { AuditEntry } from '@libs/audit';
import type { TenantRef } from '@libs/auth';

import type { ProcedureDefinition } from './procedure';

/** Port: what the use cases need of the store; `ProcedureEntryRepository` implements it. */
export abstract class ProcedureEntryStore {
  /** Entries are public (the posted schedule), so reads need no tenant filter. */
  abstract forCommune(communeCode: string): Promise<ProcedureDefinition[]>;
  abstract find(communeCode: string, key: string): Promise<ProcedureDefinition | null>;
  abstract save(
    tenant: TenantRef,
    definition: ProcedureDefinition,
    audit: AuditEntry,
  ): Promise<ProcedureDefinition>;
}
