import { Injectable } from '@nestjs/common';

import { dueAt } from '@libs/calendar';
import { FeedbackKind } from '@libs/contracts';

import { FeedbackEnvironment } from '../../config/feedback.environment';

/** How long the office has to answer each kind of case (see FeedbackEnvironment). */
@Injectable()
export class ResponseDeadlinePolicy {
  private readonly days: Record<FeedbackKind, number>;

  constructor(environment: FeedbackEnvironment) {
    this.days = {
      suggestion: environment.FEEDBACK_RESPONSE_DAYS_SUGGESTION,
      petition: environment.FEEDBACK_RESPONSE_DAYS_PETITION,
      recommendation: environment.FEEDBACK_RESPONSE_DAYS_RECOMMENDATION,
      dissatisfaction: environment.FEEDBACK_RESPONSE_DAYS_DISSATISFACTION,
      'reception-issue': environment.FEEDBACK_RESPONSE_DAYS_RECEPTION_ISSUE,
    };
  }

  /** Working days to answer, or undefined when no answer is owed. */
  workingDaysFor(kind: FeedbackKind): number | undefined {
    const days = this.days[kind];
    return days > 0 ? days : undefined;
  }

  /**
   * The expected answer time shown to officers and citizens: close of office, the given
   * working days after the day of receipt. The deadline service keeps the binding clock.
   */
  expectedAnswerAt(openedAt: Date, workingDays: number): Date {
    return dueAt(openedAt, workingDays);
  }
}
