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

import { LetterDraftingService } from '../application/letter-drafting.service';
import {
  birthLetterRequest,
  deathLetterRequest,
  marriageLetterRequest,
} from '../domain/letter-requests';

/** One letter per registered birth, marriage or death; a redelivered event changes nothing. */
@EventConsumer()
export class CivilStatusLettersConsumer {
  constructor(private readonly drafting: LetterDraftingService) {}

  /** A congratulation letter to the parents. */
  @EventPattern(BIRTH_REGISTERED_V1.type)
  async onBirthRegistered(@Payload() envelope: EventEnvelope<BirthRegisteredV1>): Promise<void> {
    await this.drafting.draft(birthLetterRequest(envelope.data), envelope);
  }

  /** A congratulation letter to the couple. */
  @EventPattern(MARRIAGE_REGISTERED_V1.type)
  async onMarriageRegistered(
    @Payload() envelope: EventEnvelope<MarriageRegisteredV1>,
  ): Promise<void> {
    await this.drafting.draft(marriageLetterRequest(envelope.data), envelope);
  }

  /** A condolence letter to the family. */
  @EventPattern(DEATH_REGISTERED_V1.type)
  async onDeathRegistered(@Payload() envelope: EventEnvelope<DeathRegisteredV1>): Promise<void> {
    await this.drafting.draft(deathLetterRequest(envelope.data), envelope);
  }
}
