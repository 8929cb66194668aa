import { EventPattern, Payload } from '@nestjs/microservices';
import { DEADLINE_RESCHEDULED_V1, DeadlineRescheduledV1, EventEnvelope } from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';
import { DossierRescheduleService } from '../application/dossier-reschedule.service';

@EventConsumer()
export class DossierDeadlineConsumer {
  constructor(private readonly service: DossierRescheduleService) {}

  @EventPattern(DEADLINE_RESCHEDULED_V1.type)
  async onRescheduled(@Payload() envelope: EventEnvelope<DeadlineRescheduledV1>): Promise<void> {
    await this.service.onRescheduled(envelope);
  }
}
