import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface CorrelationScope {
  correlationId: string;
  /** Id of the request or event being handled; becomes the causation id of what it emits. */
  causationId: string;
}

const storage = new AsyncLocalStorage<CorrelationScope>();
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export const CORRELATION_HEADER = 'x-correlation-id';

/** Keeps an incoming id only when it is safe to log and forward; otherwise makes one. */
export function acceptCorrelationId(candidate: unknown): string {
  return typeof candidate === 'string' && ACCEPTABLE_ID.test(candidate) ? candidate : randomUUID();
}

export function runWithCorrelation<T>(scope: CorrelationScope, work: () => T): T {
  return storage.run(scope, work);
}

export function currentCorrelation(): CorrelationScope | undefined {
  return storage.getStore();
}
