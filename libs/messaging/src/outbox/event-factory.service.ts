import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';

import { EventDefinition, validateEventData } from '@libs/contracts';
import { currentCorrelation } from '@libs/observability';
import { compact } from '@libs/persistence';

import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import { OutboxEntry } from './outbox.schema';

export class ContractViolationError extends Error {
  readonly code = 'EVENT.CONTRACT_VIOLATION';
  constructor(
    readonly eventType: string,
    readonly problems: string[],
  ) {
    super(`${eventType} does not meet its contract: ${problems.join('; ')}`);
  }
}

export interface EventFacts {
  /** Aggregate id: the Kafka key and the CloudEvents subject. */
  subject: string;
  /** When the fact happened, from the domain clock. */
  time: Date;
  communeCode?: string;
}

/**
 * Builds validated outbox entries. The correlation and causation ids come from the
 * request or event being handled, so a chain of events can be followed across services.
 */
@Injectable()
export class EventFactory {
  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  create<T extends object>(
    definition: EventDefinition<T>,
    data: T,
    facts: EventFacts,
  ): OutboxEntry {
    const validation = validateEventData(definition, data, 'producer');
    if (!validation.ok) {
      throw new ContractViolationError(definition.type, validation.errors);
    }
    const scope = currentCorrelation();
    const id = randomUUID();
    return {
      topic: definition.topic,
      specversion: '1.0',
      id,
      type: definition.type,
      source: `/services/${this.options.service}`,
      subject: facts.subject,
      time: facts.time.toISOString(),
      datacontenttype: 'application/json',
      correlationid: scope?.correlationId ?? id,
      ...compact({ causationid: scope?.causationId, communecode: facts.communeCode }),
      // Stored as plain JSON so the relay publishes exactly what was validated.
      data: JSON.parse(JSON.stringify(data)) as T,
    };
  }
}
