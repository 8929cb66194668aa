import { Injectable } from '@nestjs/common';
import {
  BirthRegisteredV1,
  DeathRegisteredV1,
  EventEnvelope,
  MarriageRegisteredV1,
} from '@libs/contracts';
import {
  birthLetterRequest,
  deathLetterRequest,
  marriageLetterRequest,
} from '../domain/letter-requests';
import { DraftOutcome, LetterDraftingService } from './letter-drafting.service';

/** Drafts the letters that civil-status events call for; a redelivered event changes nothing. */
@Injectable()
export class CivilStatusLettersService {
  constructor(private readonly drafting: LetterDraftingService) {}

  /** One congratulation letter to the parents per registered birth. */
  congratulateOnBirth(envelope: EventEnvelope<BirthRegisteredV1>): Promise<DraftOutcome> {
    return this.drafting.draft(birthLetterRequest(envelope.data), envelope);
  }

  /** One congratulation letter to the couple per registered marriage. */
  congratulateOnMarriage(envelope: EventEnvelope<MarriageRegisteredV1>): Promise<DraftOutcome> {
    return this.drafting.draft(marriageLetterRequest(envelope.data), envelope);
  }

  /** One condolence letter to the family per registered death. */
  condoleOnDeath(envelope: EventEnvelope<DeathRegisteredV1>): Promise<DraftOutcome> {
    return this.drafting.draft(deathLetterRequest(envelope.data), envelope);
  }
}
