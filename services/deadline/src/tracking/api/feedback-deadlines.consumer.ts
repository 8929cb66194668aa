import { EventPattern, Payload } from '@nestjs/microservices';

import {
  EventEnvelope,
  FEEDBACK_CASE_ANSWERED_V1,
  FEEDBACK_CASE_OPENED_V1,
  FeedbackCaseAnsweredV1,
  FeedbackCaseOpenedV1,
} from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';

import { FeedbackDeadlinesService } from '../application/feedback-deadlines.service';

@EventConsumer()
export class FeedbackDeadlinesConsumer {
  constructor(private readonly service: FeedbackDeadlinesService) {}

  @EventPattern(FEEDBACK_CASE_OPENED_V1.type)
  async onCaseOpened(@Payload() envelope: EventEnvelope<FeedbackCaseOpenedV1>): Promise<void> {
    await this.service.onCaseOpened(envelope);
  }

  @EventPattern(FEEDBACK_CASE_ANSWERED_V1.type)
  async onCaseAnswered(@Payload() envelope: EventEnvelope<FeedbackCaseAnsweredV1>): Promise<void> {
    await this.service.onCaseAnswered(envelope);
  }
}
