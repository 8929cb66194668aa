import { Injectable } from '@nestjs/common';

import { auditEntry } from '@libs/audit';
import { DeadlineDueSoonV1, EventEnvelope } from '@libs/contracts';

import { DossierStore } from '../domain/dossier.store';
import { isClosed } from '../domain/dossier-status';

export type DueSoonOutcome = 'warned' | 'not-a-dossier' | 'unknown' | 'closed' | 'already-warned';

/**
 * Marks a dossier whose appointment is close, so the desk's morning list
 * (`GET /v1/dossiers?dueSoon=true`) shows what must be finished, or apologised for with a new
 * appointment, before it is late. The deadline service decides "close" in working hours.
 */
@Injectable()
export class DossierAlertsService {
  constructor(private readonly repository: DossierStore) {}

  async onDueSoon(envelope: EventEnvelope<DeadlineDueSoonV1>): Promise<DueSoonOutcome> {
    const event = envelope.data;
    if (event.subjectType !== 'dossier') {
      return 'not-a-dossier'; // Petitions are the feedback service's.
    }
    const stored = await this.repository.findByIdAsSystem(event.subjectId);
    if (!stored) {
      // A deadline is opened from dossier.received, so only a partial replay lands here.
      return 'unknown';
    }
    const { dossier, eventIds } = stored;
    if (eventIds.includes(envelope.id) || dossier.dueSoon) {
      return 'already-warned';
    }
    if (isClosed(dossier.status)) {
      return 'closed';
    }
    const warnedAt = new Date(envelope.time);
    const after = { ...dossier, dueSoon: { warnedAt, workingHoursLeft: event.workingHoursLeft } };
    const audit = auditEntry(
      { subject: `event:${envelope.type}:${envelope.id}`, roles: ['system'] },
      'dossier.due-soon',
      [{ field: 'dueSoon', to: JSON.stringify(after.dueSoon) }],
      warnedAt,
      envelope.correlationid,
    );
    const saved = await this.repository.update(dossier, after, { dueSoon: null }, [], audit, {
      eventId: envelope.id,
    });
    if (!saved) {
      // Changed meanwhile: retried against the fresh state, where the checks above decide.
      throw new Error(`Dossier ${dossier.id} changed while applying ${envelope.id}; retrying`);
    }
    return 'warned';
  }
}
