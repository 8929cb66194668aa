import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';

import type { PrintBatch } from './print-batch';

/** Port: what the use cases need of the store; `PrintBatchRepository` implements it. */
export abstract class PrintBatchStore {
  abstract insert(batch: PrintBatch, audit: AuditEntry): Promise<void>;
  /** Keeps only the letters that were really marked printed (another change may have won). */
  abstract narrow(id: string, letterIds: string[]): Promise<void>;
  abstract findById(id: string, scope: TenantScope): Promise<PrintBatch | null>;
}
