import { Injectable, Logger } from '@nestjs/common';
import { auditEntry } from '@libs/audit';
import { Clock } from '@libs/clock';
import {
  BirthRegisteredV1,
  EventEnvelope,
  LETTER_CREATED_V1,
  LetterCreatedV1,
} from '@libs/contracts';
import { EventFactory, NonRetriableEventError, OutboxRelay } from '@libs/messaging';
import { CommuneDirectory } from '@libs/reference-data';
import { randomUUID } from 'node:crypto';
import { composeBirthCongratulation, parentsSalutationName } from '../domain/birth-congratulation';
import { birthSubjectKey, Letter } from '../domain/letter';
import { LetterRepository } from '../infrastructure/letter.repository';

/** Drafts the letters that civil-status events call for. */
@Injectable()
export class CivilStatusLettersService {
  private readonly logger = new Logger(CivilStatusLettersService.name);

  constructor(
    private readonly letters: LetterRepository,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  /** One congratulation letter per registered birth; a redelivered event changes nothing. */
  async congratulateOnBirth(
    envelope: EventEnvelope<BirthRegisteredV1>,
  ): Promise<'created' | 'duplicate'> {
    const event = envelope.data;
    const commune = this.communes.find(event.communeCode);
    if (!commune) {
      throw new NonRetriableEventError(
        'COMMUNE.UNKNOWN',
        `No 2025 commune has code ${event.communeCode}`,
      );
    }
    const now = this.clock.now();
    const letter: Letter = {
      id: randomUUID(),
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      kind: 'birth-congratulation',
      subjectKey: birthSubjectKey(event.registrationId),
      recipientName: parentsSalutationName(event),
      recipientAddress: event.address.line,
      content: composeBirthCongratulation(event, commune, now),
      status: 'draft',
      triggeredBy: { eventId: envelope.id, eventType: envelope.type },
      createdAt: now,
    };
    const created = this.events.create(
      LETTER_CREATED_V1,
      Object.assign(new LetterCreatedV1(), {
        letterId: letter.id,
        communeCode: letter.communeCode,
        kind: letter.kind,
        subjectKey: letter.subjectKey,
        recipientName: letter.recipientName,
        createdAt: now.toISOString(),
      }),
      { subject: letter.id, time: now, communeCode: letter.communeCode },
    );
    const audit = auditEntry(
      { subject: `event:${envelope.type}:${envelope.id}`, roles: ['system'] },
      'letter.created',
      [{ field: 'status', to: JSON.stringify(letter.status) }],
      now,
      envelope.correlationid,
    );
    const inserted = await this.letters.insertOnce(letter, [created], audit);
    if (!inserted) {
      this.logger.log(`Birth ${event.registrationId} already has its congratulation letter`);
      return 'duplicate';
    }
    this.relay.wake();
    return 'created';
  }
}
