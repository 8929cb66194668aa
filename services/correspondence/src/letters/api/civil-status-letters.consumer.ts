import { EventPattern, Payload } from '@nestjs/microservices';
import { BIRTH_REGISTERED_V1, BirthRegisteredV1, EventEnvelope } from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';
import { CivilStatusLettersService } from '../application/civil-status-letters.service';

@EventConsumer()
export class CivilStatusLettersConsumer {
  constructor(private readonly service: CivilStatusLettersService) {}

  @EventPattern(BIRTH_REGISTERED_V1.type)
  async onBirthRegistered(@Payload() envelope: EventEnvelope<BirthRegisteredV1>): Promise<void> {
    await this.service.congratulateOnBirth(envelope);
  }
}
