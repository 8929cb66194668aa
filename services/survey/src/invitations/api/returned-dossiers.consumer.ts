import { EventPattern, Payload } from '@nestjs/microservices';

import {
  DOSSIER_RESULT_RETURNED_V1,
  DossierResultReturnedV1,
  EventEnvelope,
} from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';

import { ReturnedDossiersService } from '../application/returned-dossiers.service';

@EventConsumer()
export class ReturnedDossiersConsumer {
  constructor(private readonly service: ReturnedDossiersService) {}

  @EventPattern(DOSSIER_RESULT_RETURNED_V1.type)
  async onResultReturned(
    @Payload() envelope: EventEnvelope<DossierResultReturnedV1>,
  ): Promise<void> {
    await this.service.onResultReturned(envelope);
  }
}
