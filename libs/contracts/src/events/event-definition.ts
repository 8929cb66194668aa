import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

import { TopicName } from '../topics/topic-catalogue';
import { compiledValidatorFor } from './compiled-validation';

export type ServiceName =
  'intake' | 'deadline' | 'correspondence' | 'survey' | 'feedback' | 'reporting';

type DataClass<T> = new () => T;

/** One event type and version: where it travels, who produces it and its data contract. */
export interface EventDefinition<T extends object = object> {
  /** Dot-case past tense, e.g. `birth.registered`. */
  name: string;
  version: number;
  /** CloudEvents `type`: `<name>.v<version>`. */
  type: string;
  topic: TopicName;
  producer: ServiceName;
  summary: string;
  dataClass: DataClass<T>;
  /**
   * Set for an event published for other agencies that no service here consumes: whom it is
   * for. Any other event must have a consumer (docs/event-flows.md, checked by a test).
   */
  publishedFor?: string;
}

export function defineEvent<T extends object>(
  definition: Omit<EventDefinition<T>, 'type'>,
): EventDefinition<T> {
  return { ...definition, type: `${definition.name}.v${definition.version}` };
}

export type EventValidationResult<T> = { ok: true; data: T } | { ok: false; errors: string[] };

/**
 * Validates event data against its contract. Producers are strict (unknown fields are
 * refused); consumers accept and drop fields added later within the same version.
 */
export function validateEventData<T extends object>(
  definition: EventDefinition<T>,
  raw: unknown,
  side: 'producer' | 'consumer',
): EventValidationResult<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: ['data: must be a JSON object'] };
  }
  // Consumers see every event: the compiled schema accepts the valid ones fast; its
  // refusals go on to class-validator, which has the last word and the messages.
  if (side === 'consumer' && compiledValidatorFor(definition)(raw)) {
    return { ok: true, data: raw as T };
  }
  const instance = plainToInstance(definition.dataClass, raw);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: side === 'producer',
    forbidUnknownValues: true,
  });
  if (errors.length > 0) {
    return { ok: false, errors: flattenValidationErrors(errors) };
  }
  return { ok: true, data: instance };
}

/** `path: message` for every failed constraint, nested properties included. */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): string[] {
  return errors.flatMap((error) => {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}
