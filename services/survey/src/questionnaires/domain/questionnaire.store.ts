import type { AuditEntry } from '@libs/audit';
import type { ReadableTenantFilter } from '@libs/auth';

import type { Questionnaire } from './questionnaire';

/** Port: what the use cases need of the store; `QuestionnaireRepository` implements it. */
export abstract class QuestionnaireStore {
  /** False when the commune already has this version number. */
  abstract insert(questionnaire: Questionnaire, audit: AuditEntry): Promise<boolean>;
  abstract latest(communeCode: string): Promise<Questionnaire | null>;
  /** For the service's own use (an invitation's pinned version); not tenant-scoped. */
  abstract findById(id: string): Promise<Questionnaire | null>;
  abstract findReadable(
    id: string,
    tenantFilter: ReadableTenantFilter,
  ): Promise<Questionnaire | null>;
  abstract list(communeCode: string, tenantFilter: ReadableTenantFilter): Promise<Questionnaire[]>;
}
