import { Injectable } from '@nestjs/common';

import { dueAt } from '@libs/calendar';
import { Clock } from '@libs/clock';
import {
  EventEnvelope,
  FeedbackCaseAnsweredV1,
  FeedbackCaseOpenedV1,
  FeedbackCaseRefV1,
} from '@libs/contracts';
import { CommuneDirectory } from '@libs/reference-data';

import { DeadlineEnvironment } from '../../config/deadline.environment';
import { FiguresProjector } from '../../figures/application/figures-projector.service';
import { deadlineIdFor } from '../domain/deadline';
import {
  closeDeadline,
  isHistoricalOpening,
  openDeadline,
  SchedulePolicy,
  SubjectFacts,
} from '../domain/deadline-transitions';
import { DeadlineChangeOutcome, DeadlineUpdater } from './deadline-updater.service';
import { eventActor, knownCommune } from './tracking.helpers';

/** Tracks the response deadline of petitions and recommendations that owe an answer. */
@Injectable()
export class FeedbackDeadlinesService {
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

  /** A case without `responseWorkingDays` owes no answer and has no deadline. */
  async onCaseOpened(
    envelope: EventEnvelope<FeedbackCaseOpenedV1>,
  ): Promise<DeadlineChangeOutcome | 'no-deadline'> {
    const event = envelope.data;
    if (event.responseWorkingDays === undefined) {
      return 'no-deadline';
    }
    const subject = this.subject(event);
    const openedAt = new Date(event.openedAt);
    const responseWorkingDays = event.responseWorkingDays;
    const due = dueAt(openedAt, responseWorkingDays);
    // A response deadline is weeks long: one already past when the case is read is a case of
    // the past (a historical entry), not one read late after an outage.
    const outcome = await this.updater.apply(subject.id, {
      transition: (current) =>
        openDeadline(
          current,
          subject,
          {
            receivedAt: openedAt,
            legalWorkingDays: responseWorkingDays,
            dueAt: due,
            historical: isHistoricalOpening(due, this.clock.now()),
          },
          this.policy,
        ),
      action: 'deadline.opened',
      actor: eventActor(envelope),
    });
    await this.figures.project(outcome.deadline);
    return outcome;
  }

  async onCaseAnswered(
    envelope: EventEnvelope<FeedbackCaseAnsweredV1>,
  ): Promise<DeadlineChangeOutcome> {
    const event = envelope.data;
    const subject = this.subject(event);
    const outcome = await this.updater.apply(subject.id, {
      transition: (current) =>
        closeDeadline(current, subject, {
          closedAt: new Date(event.answeredAt),
          reason: 'answered',
        }),
      action: 'deadline.closed',
      actor: eventActor(envelope),
    });
    await this.figures.project(outcome.deadline);
    return outcome;
  }

  private subject(event: FeedbackCaseRefV1): SubjectFacts {
    const commune = knownCommune(this.communes, event.communeCode);
    return {
      id: deadlineIdFor('feedback-case', event.caseId),
      subjectType: 'feedback-case',
      subjectId: event.caseId.toLowerCase(),
      subjectCode: event.caseCode,
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      category: event.kind,
    };
  }
}
