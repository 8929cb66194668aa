import { EventPattern, Payload } from '@nestjs/microservices';

import {
  BIRTH_REGISTERED_V1,
  DEADLINE_OVERDUE_V1,
  DEATH_REGISTERED_V1,
  DOSSIER_FEE_PAID_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESULT_RETURNED_V1,
  EventEnvelope,
  FEEDBACK_CASE_ANSWERED_V1,
  FEEDBACK_CASE_OPENED_V1,
  LETTER_CREATED_V1,
  MARRIAGE_REGISTERED_V1,
  SURVEY_ANSWERED_V1,
} from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';

import { Projector } from '../application/projector.service';

/** Every event the reporting projections count (PROJECTED_EVENTS), one handler per type. */
@EventConsumer()
export class ReportingEventsConsumer {
  constructor(private readonly projector: Projector) {}

  @EventPattern(BIRTH_REGISTERED_V1.type)
  async onBirthRegistered(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(MARRIAGE_REGISTERED_V1.type)
  async onMarriageRegistered(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(DEATH_REGISTERED_V1.type)
  async onDeathRegistered(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(DOSSIER_RECEIVED_V1.type)
  async onDossierReceived(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(DOSSIER_RESULT_RETURNED_V1.type)
  async onResultReturned(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(DOSSIER_FEE_PAID_V1.type)
  async onFeePaid(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(DEADLINE_OVERDUE_V1.type)
  async onDeadlineOverdue(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(LETTER_CREATED_V1.type)
  async onLetterCreated(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(SURVEY_ANSWERED_V1.type)
  async onSurveyAnswered(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(FEEDBACK_CASE_OPENED_V1.type)
  async onFeedbackOpened(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }

  @EventPattern(FEEDBACK_CASE_ANSWERED_V1.type)
  async onFeedbackAnswered(@Payload() envelope: EventEnvelope): Promise<void> {
    await this.projector.project(envelope);
  }
}
