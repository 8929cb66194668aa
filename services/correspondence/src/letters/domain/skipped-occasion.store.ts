import type { TenantScope } from '@libs/auth';
import type { EventEnvelope, LetterKind } from '@libs/contracts';

import type { LetterRequest } from './letter-requests';
import type { WindowCheck } from './occasion-window';

export interface SkippedOccasion {
  id: string;
  kind: LetterKind;
  subjectKey: string;
  communeCode: string;
  provinceCode: string;
  reason: 'outside-window';
  eventDate: string;
  registeredOn: string;
  days: number;
  windowDays: number;
  request: LetterRequest;
  envelope: EventEnvelope;
  recordedAt: Date;
}

/** Port: what the use cases need of the store; `SkippedOccasionRepository` implements it. */
export abstract class SkippedOccasionStore {
  /** Records the skip once per fact; a redelivered event leaves the first record as it is. */
  abstract record(
    request: LetterRequest & { occasion: NonNullable<LetterRequest['occasion']> },
    provinceCode: string,
    check: WindowCheck,
    envelope: EventEnvelope,
    at: Date,
  ): Promise<void>;
  abstract findById(id: string, scope: TenantScope): Promise<SkippedOccasion | null>;
  abstract search(
    communeCode: string | undefined,
    scope: TenantScope,
    limit: number,
  ): Promise<SkippedOccasion[]>;
}
