import { BIRTH_REGISTERED_V1 } from './birth-registered.v1';
import { EventDefinition } from './event-definition';
import { LETTER_CREATED_V1 } from './letter-created.v1';

/** Every event type the platform publishes. The AsyncAPI document is generated from it. */
export const EVENT_CATALOGUE: readonly EventDefinition[] = [BIRTH_REGISTERED_V1, LETTER_CREATED_V1];

export function findEventDefinition(type: string): EventDefinition | undefined {
  return EVENT_CATALOGUE.find((definition) => definition.type === type);
}
