import { EventPattern, Payload } from '@nestjs/microservices';

import {
  DEADLINE_OVERDUE_V1,
  DeadlineOverdueV1,
  EventEnvelope,
  SURVEY_DISSATISFACTION_REPORTED_V1,
  SurveyDissatisfactionReportedV1,
} from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';

import { EscalationService } from '../application/escalation.service';

@EventConsumer()
export class CitizenVoiceConsumer {
  constructor(private readonly escalations: EscalationService) {}

  @EventPattern(DEADLINE_OVERDUE_V1.type)
  async onDeadlineOverdue(@Payload() envelope: EventEnvelope<DeadlineOverdueV1>): Promise<void> {
    await this.escalations.escalateOverdue(envelope);
  }

  @EventPattern(SURVEY_DISSATISFACTION_REPORTED_V1.type)
  async onDissatisfactionReported(
    @Payload() envelope: EventEnvelope<SurveyDissatisfactionReportedV1>,
  ): Promise<void> {
    await this.escalations.openDissatisfactionCase(envelope);
  }
}
