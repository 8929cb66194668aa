import type { AuditEntry } from '@libs/audit';
import type { LetterKind } from '@libs/contracts';

import type { LetterTemplate } from './letter-template';

/** Port: what the use cases need of the store; `LetterTemplateRepository` implements it. */
export abstract class LetterTemplateStore {
  abstract latest(communeCode: string, kind: LetterKind): Promise<LetterTemplate | null>;
  abstract all(communeCode: string, kind: LetterKind): Promise<LetterTemplate[]>;
  /** False when this version was saved by someone else first. */
  abstract insert(
    template: LetterTemplate & { communeCode: string; createdAt: Date; createdBy: string },
    provinceCode: string,
    audit: AuditEntry,
  ): Promise<boolean>;
}
