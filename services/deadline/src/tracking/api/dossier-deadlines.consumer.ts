import { EventPattern, Payload } from '@nestjs/microservices';

import {
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESULT_RETURNED_V1,
  DOSSIER_STATUS_CHANGED_V1,
  DossierReceivedV1,
  DossierResultReturnedV1,
  DossierStatusChangedV1,
  EventEnvelope,
} from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';

import { DossierDeadlinesService } from '../application/dossier-deadlines.service';

@EventConsumer()
export class DossierDeadlinesConsumer {
  constructor(private readonly service: DossierDeadlinesService) {}

  @EventPattern(DOSSIER_RECEIVED_V1.type)
  async onReceived(@Payload() envelope: EventEnvelope<DossierReceivedV1>): Promise<void> {
    await this.service.onReceived(envelope);
  }

  @EventPattern(DOSSIER_STATUS_CHANGED_V1.type)
  async onStatusChanged(@Payload() envelope: EventEnvelope<DossierStatusChangedV1>): Promise<void> {
    await this.service.onStatusChanged(envelope);
  }

  @EventPattern(DOSSIER_RESULT_RETURNED_V1.type)
  async onResultReturned(
    @Payload() envelope: EventEnvelope<DossierResultReturnedV1>,
  ): Promise<void> {
    await this.service.onResultReturned(envelope);
  }
}
