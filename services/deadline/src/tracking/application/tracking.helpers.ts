import { AuditActor } from '@libs/audit';
import { EventEnvelope } from '@libs/contracts';
import { NonRetriableEventError } from '@libs/messaging';
import { Commune, CommuneDirectory } from '@libs/reference-data';

/** Changes made on an event's behalf are audited as the event, with the system role. */
export function eventActor(envelope: EventEnvelope): AuditActor {
  return { subject: `event:${envelope.type}:${envelope.id}`, roles: ['system'] };
}

/** A commune that is not in the 2025 directory can never be tracked: dead-letter it. */
export function knownCommune(communes: CommuneDirectory, code: string): Commune {
  const commune = communes.find(code);
  if (!commune) {
    throw new NonRetriableEventError('COMMUNE.UNKNOWN', `No 2025 commune has code ${code}`);
  }
  return commune;
}

export function assertChronological(earlier: Date, later: Date, what: string): void {
  if (later.getTime() < earlier.getTime()) {
    throw new NonRetriableEventError('DEADLINE.INCOHERENT_EVENT', what);
  }
}
