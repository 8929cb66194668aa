import { Injectable } from '@nestjs/common';

import {
  DossierReceivedV1,
  DossierRefV1,
  DossierResultReturnedV1,
  DossierStatusChangedV1,
  EventEnvelope,
} from '@libs/contracts';

import { applyStatus, isHistoricalOpening, SubjectFacts } from '../domain/deadline-transitions';
import { DeadlineTracker } from './deadline-tracker';
import { DeadlineChangeOutcome } from './deadline-updater.service';
import { assertChronological } from './tracking.helpers';

/** Tracks each dossier's appointment from receipt to the return of its result. */
@Injectable()
export class DossierDeadlinesService extends DeadlineTracker {
  /** Starts the clock on the appointment intake printed (intake applied the cut-off rule). */
  async onReceived(envelope: EventEnvelope<DossierReceivedV1>): Promise<DeadlineChangeOutcome> {
    const event = envelope.data;
    const subject = this.dossier(event);
    const receivedAt = new Date(event.receivedAt);
    const dueAt = new Date(event.dueAt);
    assertChronological(receivedAt, dueAt, `Dossier ${event.dossierId} is due before its receipt`);
    return this.open(subject, envelope, {
      receivedAt,
      dueAt,
      legalWorkingDays: event.processingWorkingDays,
      ...(event.officerId ? { officerId: event.officerId } : {}),
      // Only an import: a counter dossier read late (after an outage) still raises its alarms.
      historical: event.channel === 'import' && isHistoricalOpening(dueAt, this.clock.now()),
    });
  }

  async onStatusChanged(
    envelope: EventEnvelope<DossierStatusChangedV1>,
  ): Promise<DeadlineChangeOutcome> {
    const event = envelope.data;
    const subject = this.dossier(event);
    return this.change(subject, envelope, 'deadline.status-changed', (current) =>
      applyStatus(
        current,
        subject,
        {
          status: event.to,
          changedAt: new Date(event.changedAt),
          ...(event.dueAt ? { dueAt: new Date(event.dueAt) } : {}),
        },
        this.policy,
      ),
    );
  }

  async onResultReturned(
    envelope: EventEnvelope<DossierResultReturnedV1>,
  ): Promise<DeadlineChangeOutcome> {
    const event = envelope.data;
    const subject = this.dossier(event);
    const receivedAt = new Date(event.receivedAt);
    const returnedAt = new Date(event.returnedAt);
    assertChronological(
      receivedAt,
      returnedAt,
      `Dossier ${event.dossierId} is returned before its receipt`,
    );
    return this.close(subject, envelope, {
      closedAt: returnedAt,
      reason: 'result-returned',
      onTime: event.onTime,
      receivedAt,
      dueAt: new Date(event.dueAt),
      ...(event.officerId ? { officerId: event.officerId } : {}),
    });
  }

  private dossier(event: DossierRefV1): SubjectFacts {
    return this.subject('dossier', {
      id: event.dossierId,
      code: event.dossierCode,
      communeCode: event.communeCode,
      category: event.procedureKey,
    });
  }
}
