import { EventPattern, Payload } from '@nestjs/microservices';
import {
  BIRTH_REGISTERED_V1,
  BirthRegisteredV1,
  DEATH_REGISTERED_V1,
  DeathRegisteredV1,
  EventEnvelope,
  MARRIAGE_REGISTERED_V1,
  MarriageRegisteredV1,
} from '@libs/contracts';
import { EventConsumer } from '@libs/messaging';
import { CivilStatusLettersService } from '../application/civil-status-letters.service';

@EventConsumer()
export class CivilStatusLettersConsumer {
  constructor(private readonly service: CivilStatusLettersService) {}

  @EventPattern(BIRTH_REGISTERED_V1.type)
  async onBirthRegistered(@Payload() envelope: EventEnvelope<BirthRegisteredV1>): Promise<void> {
    await this.service.congratulateOnBirth(envelope);
  }

  @EventPattern(MARRIAGE_REGISTERED_V1.type)
  async onMarriageRegistered(
    @Payload() envelope: EventEnvelope<MarriageRegisteredV1>,
  ): Promise<void> {
    await this.service.congratulateOnMarriage(envelope);
  }

  @EventPattern(DEATH_REGISTERED_V1.type)
  async onDeathRegistered(@Payload() envelope: EventEnvelope<DeathRegisteredV1>): Promise<void> {
    await this.service.condoleOnDeath(envelope);
  }
}
