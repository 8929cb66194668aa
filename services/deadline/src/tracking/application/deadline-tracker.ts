import { Injectable } from '@nestjs/common';

import { Clock } from '@libs/clock';
import { DeadlineSubject, EventEnvelope } from '@libs/contracts';
import { CommuneDirectory } from '@libs/reference-data';

import { DeadlineEnvironment } from '../../config/deadline.environment';
import { FiguresProjector } from '../../figures/application/figures-projector.service';
import { Deadline, deadlineIdFor } from '../domain/deadline';
import {
  closeDeadline,
  ClosingFacts,
  openDeadline,
  OpeningFacts,
  SchedulePolicy,
  SubjectFacts,
} from '../domain/deadline-transitions';
import { DeadlineChangeOutcome, DeadlineUpdater } from './deadline-updater.service';
import { eventActor, knownCommune } from './tracking.helpers';

/**
 * What the dossier and feedback trackers share: an event names a subject in a commune, its
 * transition is applied to the subject's deadline, and the figures follow the change.
 */
@Injectable()
export abstract class DeadlineTracker {
  protected readonly policy: SchedulePolicy;

  constructor(
    private readonly updater: DeadlineUpdater,
    private readonly figures: FiguresProjector,
    private readonly communes: CommuneDirectory,
    protected readonly clock: Clock,
    environment: DeadlineEnvironment,
  ) {
    this.policy = { dueSoonWorkingHours: environment.DUE_SOON_WORKING_HOURS };
  }

  /** Applies the event's transition as the event (audited), then projects the figures. */
  protected async change(
    subject: SubjectFacts,
    envelope: EventEnvelope,
    action: string,
    transition: (current: Deadline | undefined) => Deadline | undefined,
  ): Promise<DeadlineChangeOutcome> {
    const outcome = await this.updater.apply(subject.id, {
      transition,
      action,
      actor: eventActor(envelope),
    });
    await this.figures.project(outcome.deadline);
    return outcome;
  }

  /** Starts the subject's clock; a redelivered opening changes nothing. */
  protected open(
    subject: SubjectFacts,
    envelope: EventEnvelope,
    opening: OpeningFacts,
  ): Promise<DeadlineChangeOutcome> {
    return this.change(subject, envelope, 'deadline.opened', (current) =>
      openDeadline(current, subject, opening, this.policy),
    );
  }

  /** Stops the subject's clock: its result was returned or its answer sent. */
  protected close(
    subject: SubjectFacts,
    envelope: EventEnvelope,
    closing: ClosingFacts,
  ): Promise<DeadlineChangeOutcome> {
    return this.change(subject, envelope, 'deadline.closed', (current) =>
      closeDeadline(current, subject, closing),
    );
  }

  /** The subject an event names; a commune not in the directory dead-letters the event. */
  protected subject(
    subjectType: DeadlineSubject,
    facts: { id: string; code: string; communeCode: string; category: string },
  ): SubjectFacts {
    const commune = knownCommune(this.communes, facts.communeCode);
    return {
      id: deadlineIdFor(subjectType, facts.id),
      subjectType,
      subjectId: facts.id.toLowerCase(),
      subjectCode: facts.code,
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      category: facts.category,
    };
  }
}
