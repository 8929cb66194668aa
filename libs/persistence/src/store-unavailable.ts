import { mongo } from 'mongoose';

const UNAVAILABLE_NAMES = new Set([
  // mongoose's own wrappers of the driver's errors
  'MongooseServerSelectionError',
  'DisconnectedError',
]);

/**
 * True when an operation failed because the store could not be reached (down, restarting,
 * unreachable), as opposed to a refused or invalid operation. The same operation may
 * succeed unchanged once the store is back: HTTP answers 503 with Retry-After, consumers
 * wait instead of spending their retries.
 */
export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  if (
    error instanceof mongo.MongoServerSelectionError ||
    error instanceof mongo.MongoNetworkError ||
    error instanceof mongo.MongoNotConnectedError ||
    error instanceof mongo.MongoTopologyClosedError
  ) {
    return true;
  }
  // mongoose gives up on a command it buffered while disconnected with a plain MongooseError
  return (
    UNAVAILABLE_NAMES.has(error.name) ||
    (error.name === 'MongooseError' && /buffering timed out/.test(error.message))
  );
}
