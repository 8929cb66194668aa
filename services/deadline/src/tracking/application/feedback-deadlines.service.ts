import { Injectable } from '@nestjs/common';

import { dueAt } from '@libs/calendar';
import {
  EventEnvelope,
  FeedbackCaseAnsweredV1,
  FeedbackCaseOpenedV1,
  FeedbackCaseRefV1,
} from '@libs/contracts';

import { isHistoricalOpening, SubjectFacts } from '../domain/deadline-transitions';
import { DeadlineTracker } from './deadline-tracker';
import { DeadlineChangeOutcome } from './deadline-updater.service';

/** Tracks the response deadline of petitions and recommendations that owe an answer. */
@Injectable()
export class FeedbackDeadlinesService extends DeadlineTracker {
  /** A case without `responseWorkingDays` owes no answer and has no deadline. */
  async onCaseOpened(
    envelope: EventEnvelope<FeedbackCaseOpenedV1>,
  ): Promise<DeadlineChangeOutcome | 'no-deadline'> {
    const event = envelope.data;
    if (event.responseWorkingDays === undefined) {
      return 'no-deadline';
    }
    const subject = this.feedbackCase(event);
    const openedAt = new Date(event.openedAt);
    const responseWorkingDays = event.responseWorkingDays;
    const due = dueAt(openedAt, responseWorkingDays);
    // A response deadline is weeks long: one already past when the case is read is a case of
    // the past (a historical entry), not one read late after an outage.
    return this.open(subject, envelope, {
      receivedAt: openedAt,
      legalWorkingDays: responseWorkingDays,
      dueAt: due,
      historical: isHistoricalOpening(due, this.clock.now()),
    });
  }

  async onCaseAnswered(
    envelope: EventEnvelope<FeedbackCaseAnsweredV1>,
  ): Promise<DeadlineChangeOutcome> {
    const event = envelope.data;
    const subject = this.feedbackCase(event);
    return this.close(subject, envelope, {
      closedAt: new Date(event.answeredAt),
      reason: 'answered',
    });
  }

  private feedbackCase(event: FeedbackCaseRefV1): SubjectFacts {
    return this.subject('feedback-case', {
      id: event.caseId,
      code: event.caseCode,
      communeCode: event.communeCode,
      category: event.kind,
    });
  }
}
