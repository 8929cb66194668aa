import type { DeadlineRescheduledV1, EventEnvelope } from '@libs/contracts';

import type { DossierFacts } from './letter-requests';

/** Port: what the use cases need of the store; `DossierApplicantRepository` implements it. */
export abstract class DossierApplicantStore {
  /** Idempotent: the first record of a dossier wins; a redelivery changes nothing. */
  abstract remember(facts: DossierFacts): Promise<void>;
  abstract find(dossierId: string): Promise<DossierFacts | null>;
  abstract park(
    dossierId: string,
    envelope: EventEnvelope<DeadlineRescheduledV1>,
    at: Date,
  ): Promise<void>;
  abstract parked(dossierId: string): Promise<EventEnvelope<DeadlineRescheduledV1> | null>;
  abstract unpark(dossierId: string): Promise<void>;
}
