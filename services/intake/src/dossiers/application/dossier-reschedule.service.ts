import { Injectable, Logger } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { DeadlineRescheduledV1, EventEnvelope } from '@libs/contracts';
import { NonRetriableEventError } from '@libs/messaging';

import { DossierStore } from '../domain/dossier.store';
import { applyReschedule } from '../domain/dossier-rules';

/**
 * Keeps the dossier's appointment in step with the deadline service: the one new appointment
 * recorded with an apology becomes the dossier's due date, so the citizen's lookup and the
 * on-time flag of the returned result use it.
 */
@Injectable()
export class DossierRescheduleService {
  private readonly logger = new Logger(DossierRescheduleService.name);

  constructor(private readonly repository: DossierStore) {}

  async onRescheduled(envelope: EventEnvelope<DeadlineRescheduledV1>): Promise<void> {
    const event = envelope.data;
    if (event.subjectType !== 'dossier') {
      return;
    }
    const stored = await this.repository.findByIdAsSystem(event.subjectId);
    if (!stored) {
      throw new NonRetriableEventError(
        'DOSSIER.NOT_FOUND',
        `deadline.rescheduled ${envelope.id} names unknown dossier ${event.subjectId}`,
      );
    }
    const { dossier, eventIds } = stored;
    if (eventIds.includes(envelope.id)) {
      return; // Redelivered: already applied.
    }
    if (dossier.commune.code !== event.communeCode) {
      throw new NonRetriableEventError(
        'DOSSIER.COMMUNE_MISMATCH',
        `deadline.rescheduled ${envelope.id} names commune ${event.communeCode}, dossier ${dossier.id} belongs to ${dossier.commune.code}`,
      );
    }
    if (dossier.reschedule) {
      // The law allows one new appointment; the deadline service enforces it, this is a guard.
      throw new NonRetriableEventError(
        'DOSSIER.ALREADY_RESCHEDULED',
        `Dossier ${dossier.id} was already rescheduled; ignoring deadline.rescheduled ${envelope.id}`,
      );
    }
    const after = applyReschedule(dossier, {
      dueAt: new Date(event.dueAt),
      reason: event.reason,
      at: new Date(event.rescheduledAt),
    });
    if (!after) {
      this.logger.warn(
        `Dossier ${dossier.id} is closed (${dossier.status}); deadline.rescheduled ${envelope.id} changes nothing`,
      );
      return;
    }
    const audit = auditEntry(
      { subject: `event:${envelope.type}:${envelope.id}`, roles: ['system'] },
      'dossier.rescheduled',
      diffSnapshots({ dueAt: dossier.dueAt }, { dueAt: after.dueAt, reason: event.reason }),
      new Date(event.rescheduledAt),
      envelope.correlationid,
    );
    // Guarded by the event id, by "not yet rescheduled" and by the state it was computed from.
    const saved = await this.repository.update(
      dossier,
      after,
      { reschedule: null, status: dossier.status, dueAt: dossier.dueAt },
      [],
      audit,
      { eventId: envelope.id },
    );
    if (!saved) {
      // Changed meanwhile (or the same event raced itself): retried against the fresh state.
      throw new Error(`Dossier ${dossier.id} changed while applying ${envelope.id}; retrying`);
    }
  }
}
