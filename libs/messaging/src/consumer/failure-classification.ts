import { DomainError } from '@libs/errors';
import { isStoreUnavailable } from '@libs/persistence';

import { NonRetriableEventError } from './event-handling.errors';

/**
 * Why a handler failed, which decides what the consumer does with the record:
 * - `infrastructure`: a dependency is down or slow (store, broker, network, a timeout). Not
 *   the event's fault: the partition waits with capped backoff until the dependency is back,
 *   however long that takes; the record is never dead-lettered and its offset not committed.
 * - `rejected`: the domain refused the event (NonRetriableEventError, a DomainError). Retrying
 *   gives the same answer: the record goes to the dead-letter topic at once.
 * - `unexpected`: anything else (a bug the event trips, a refused write). Bounded retries,
 *   then the dead-letter topic, so one record cannot hold its partition for ever; it can be
 *   re-driven once the cause is fixed.
 */
export type FailureKind = 'infrastructure' | 'rejected' | 'unexpected';

/** kafkajs errors that mean the broker could not be reached or did not answer in time. */
const BROKER_UNAVAILABLE_NAMES = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSTopicMetadataNotLoaded',
  'KafkaJSGroupCoordinatorNotFound',
  'KafkaJSTimeout',
  'KafkaJSLockTimeout',
  // kafkajs gave up retrying a retriable failure: the broker stayed unavailable
  'KafkaJSNumberOfRetriesExceeded',
]);

/** Node's (and undici's, nodemailer's) codes for a peer that cannot be reached or timed out. */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'ECONNECTION',
  'ESOCKET',
]);

/** Wrappers (kafkajs, fetch, the driver) keep the original error as `cause`. */
const MAX_CAUSE_DEPTH = 5;

export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof NonRetriableEventError || error instanceof DomainError) {
    return 'rejected';
  }
  return isInfrastructureError(error) ? 'infrastructure' : 'unexpected';
}

/** True when the error, or an error it wraps, says a dependency is unavailable or timed out. */
export function isInfrastructureError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && isErrorLike(current); depth += 1) {
    if (isStoreUnavailable(current) || isBrokerUnavailable(current) || isNetworkError(current)) {
      return true;
    }
    current = current.cause;
  }
  return false;
}

/** Node's own errors (fetch's, DNS's) may come from another realm, where instanceof fails. */
function isErrorLike(value: unknown): value is Error {
  return (
    value instanceof Error ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { name?: unknown }).name === 'string' &&
      typeof (value as { message?: unknown }).message === 'string')
  );
}

function isBrokerUnavailable(error: Error): boolean {
  if (BROKER_UNAVAILABLE_NAMES.has(error.name)) {
    return true;
  }
  // LEADER_NOT_AVAILABLE, NOT_ENOUGH_REPLICAS, REQUEST_TIMED_OUT, …: kafkajs marks them retriable
  return (
    error.name === 'KafkaJSProtocolError' && (error as { retriable?: unknown }).retriable === true
  );
}

function isNetworkError(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  // AbortSignal.timeout() and fetch's timeouts reject with a DOMException named TimeoutError
  return (
    (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) || error.name === 'TimeoutError'
  );
}
