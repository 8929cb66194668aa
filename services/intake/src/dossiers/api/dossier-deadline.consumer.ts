import { EventPattern, Payload } from '@nestjs/microservices';

import {
  DEADLINE_DUE_SOON_V1,
  DEADLINE_RESCHEDULED_V1,
  DeadlineDueSoonV1,
  DeadlineRescheduledV1,
  EventEnvelope,
} from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';

import { DossierAlertsService } from '../application/dossier-alerts.service';
import { DossierRescheduleService } from '../application/dossier-reschedule.service';

@EventConsumer()
export class DossierDeadlineConsumer {
  constructor(
    private readonly reschedules: DossierRescheduleService,
    private readonly alerts: DossierAlertsService,
  ) {}

  @EventPattern(DEADLINE_RESCHEDULED_V1.type)
  async onRescheduled(@Payload() envelope: EventEnvelope<DeadlineRescheduledV1>): Promise<void> {
    await this.reschedules.onRescheduled(envelope);
  }

  @EventPattern(DEADLINE_DUE_SOON_V1.type)
  async onDueSoon(@Payload() envelope: EventEnvelope<DeadlineDueSoonV1>): Promise<void> {
    await this.alerts.onDueSoon(envelope);
  }
}
