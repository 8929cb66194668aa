import { EventPattern, Payload } from '@nestjs/microservices';

import {
  DEADLINE_OVERDUE_V1,
  DEADLINE_RESCHEDULED_V1,
  DeadlineOverdueV1,
  DeadlineRescheduledV1,
  DOSSIER_RECEIVED_V1,
  DossierReceivedV1,
  EventEnvelope,
  FEEDBACK_CASE_OPENED_V1,
  FeedbackCaseOpenedV1,
  SURVEY_REMINDER_DUE_V1,
  SurveyReminderDueV1,
} from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';

import { CitizenLettersService } from '../application/citizen-letters.service';

@EventConsumer()
export class CitizenLettersConsumer {
  constructor(private readonly service: CitizenLettersService) {}

  @EventPattern(DOSSIER_RECEIVED_V1.type)
  async onDossierReceived(@Payload() envelope: EventEnvelope<DossierReceivedV1>): Promise<void> {
    await this.service.rememberDossier(envelope);
  }

  @EventPattern(DEADLINE_RESCHEDULED_V1.type)
  async onDeadlineRescheduled(
    @Payload() envelope: EventEnvelope<DeadlineRescheduledV1>,
  ): Promise<void> {
    await this.service.apologise(envelope);
  }

  @EventPattern(DEADLINE_OVERDUE_V1.type)
  async onDeadlineOverdue(@Payload() envelope: EventEnvelope<DeadlineOverdueV1>): Promise<void> {
    await this.service.apologiseForOverdue(envelope);
  }

  @EventPattern(FEEDBACK_CASE_OPENED_V1.type)
  async onFeedbackCaseOpened(
    @Payload() envelope: EventEnvelope<FeedbackCaseOpenedV1>,
  ): Promise<void> {
    await this.service.thank(envelope);
  }

  @EventPattern(SURVEY_REMINDER_DUE_V1.type)
  async onSurveyReminderDue(
    @Payload() envelope: EventEnvelope<SurveyReminderDueV1>,
  ): Promise<void> {
    await this.service.remindSurvey(envelope);
  }
}
