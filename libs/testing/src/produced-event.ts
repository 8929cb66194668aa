import { randomUUID } from 'node:crypto';

// Types only: unit specs import this library for its light helpers, without the contracts' weight.
import type { EventDefinition, EventEnvelope } from '@libs/contracts';

/**
 * An event as its producing service would publish it: the producer's source, a fresh id (or the
 * given one, to deliver the same event again) that is also the correlation id, and the data's
 * commune as the `communecode` extension when it has one.
 */
export function producedEvent<T extends object>(
  definition: EventDefinition<T>,
  event: { subject: string; time: string; data: T; id?: string },
): EventEnvelope<T> {
  const id = event.id ?? randomUUID();
  const communeCode = (event.data as { communeCode?: unknown }).communeCode;
  return {
    specversion: '1.0',
    id,
    type: definition.type,
    source: `/services/${definition.producer}`,
    subject: event.subject,
    time: event.time,
    datacontenttype: 'application/json',
    correlationid: id,
    ...(typeof communeCode === 'string' ? { communecode: communeCode } : {}),
    data: event.data,
  };
}
