import type { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';

import type { Questionnaire } from './questionnaire';

/** Port: what the use cases need of the store; `QuestionnaireRepository` implements it. */
export abstract class QuestionnaireStore {
  /** False when the commune already has this version number. */
  abstract insert(questionnaire: Questionnaire, audit: AuditEntry): Promise<boolean>;
  abstract latest(communeCode: string): Promise<Questionnaire | null>;
  /** For the service's own use (an invitation's pinned version); not tenant-scoped. */
  abstract findByIdAsSystem(id: string): Promise<Questionnaire | null>;
  abstract findById(id: string, scope: TenantScope): Promise<Questionnaire | null>;
  abstract list(communeCode: string, scope: TenantScope): Promise<Questionnaire[]>;
}
