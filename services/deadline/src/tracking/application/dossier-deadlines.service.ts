import { Injectable } from '@nestjs/common';

import { Clock } from '@libs/clock';
import {
  DossierReceivedV1,
  DossierRefV1,
  DossierResultReturnedV1,
  DossierStatusChangedV1,
  EventEnvelope,
} from '@libs/contracts';
import { CommuneDirectory } from '@libs/reference-data';

import { DeadlineEnvironment } from '../../config/deadline.environment';
import { FiguresProjector } from '../../figures/application/figures-projector.service';
import { deadlineIdFor } from '../domain/deadline';
import {
  applyStatus,
  closeDeadline,
  isHistoricalOpening,
  openDeadline,
  SchedulePolicy,
  SubjectFacts,
} from '../domain/deadline-transitions';
import { DeadlineChangeOutcome, DeadlineUpdater } from './deadline-updater.service';
import { assertChronological, eventActor, knownCommune } from './tracking.helpers';

/** Tracks each dossier's appointment from receipt to the return of its result. */
@Injectable()
export class DossierDeadlinesService {
  private readonly policy: SchedulePolicy;

  constructor(
    private readonly updater: DeadlineUpdater,
    private readonly figures: FiguresProjector,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
    environment: DeadlineEnvironment,
  ) {
    this.policy = { dueSoonWorkingHours: environment.DUE_SOON_WORKING_HOURS };
  }

  /** Starts the clock on the appointment intake printed (intake applied the cut-off rule). */
  async onReceived(envelope: EventEnvelope<DossierReceivedV1>): Promise<DeadlineChangeOutcome> {
    const event = envelope.data;
    const subject = this.subject(event);
    const receivedAt = new Date(event.receivedAt);
    const dueAt = new Date(event.dueAt);
    assertChronological(receivedAt, dueAt, `Dossier ${event.dossierId} is due before its receipt`);
    const outcome = await this.updater.apply(subject.id, {
      transition: (current) =>
        openDeadline(
          current,
          subject,
          {
            receivedAt,
            dueAt,
            legalWorkingDays: event.processingWorkingDays,
            ...(event.officerId ? { officerId: event.officerId } : {}),
            // Only an import: a counter dossier read late (after an outage) still raises its alarms.
            historical: event.channel === 'import' && isHistoricalOpening(dueAt, this.clock.now()),
          },
          this.policy,
        ),
      action: 'deadline.opened',
      actor: eventActor(envelope),
    });
    await this.figures.project(outcome.deadline);
    return outcome;
  }

  async onStatusChanged(
    envelope: EventEnvelope<DossierStatusChangedV1>,
  ): Promise<DeadlineChangeOutcome> {
    const event = envelope.data;
    const subject = this.subject(event);
    const outcome = await this.updater.apply(subject.id, {
      transition: (current) =>
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
      action: 'deadline.status-changed',
      actor: eventActor(envelope),
    });
    await this.figures.project(outcome.deadline);
    return outcome;
  }

  async onResultReturned(
    envelope: EventEnvelope<DossierResultReturnedV1>,
  ): Promise<DeadlineChangeOutcome> {
    const event = envelope.data;
    const subject = this.subject(event);
    const receivedAt = new Date(event.receivedAt);
    const returnedAt = new Date(event.returnedAt);
    assertChronological(
      receivedAt,
      returnedAt,
      `Dossier ${event.dossierId} is returned before its receipt`,
    );
    const outcome = await this.updater.apply(subject.id, {
      transition: (current) =>
        closeDeadline(current, subject, {
          closedAt: returnedAt,
          reason: 'result-returned',
          onTime: event.onTime,
          receivedAt,
          dueAt: new Date(event.dueAt),
          ...(event.officerId ? { officerId: event.officerId } : {}),
        }),
      action: 'deadline.closed',
      actor: eventActor(envelope),
    });
    await this.figures.project(outcome.deadline);
    return outcome;
  }

  private subject(event: DossierRefV1): SubjectFacts {
    const commune = knownCommune(this.communes, event.communeCode);
    return {
      id: deadlineIdFor('dossier', event.dossierId),
      subjectType: 'dossier',
      subjectId: event.dossierId.toLowerCase(),
      subjectCode: event.dossierCode,
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      category: event.procedureKey,
    };
  }
}
