import { mongo } from 'mongoose';

const UNAVAILABLE_NAMES = new Set([
  // mongoose's own wrappers of the driver's errors
  'MongooseServerSelectionError',
  'DisconnectedError',
  // no pooled connection became free in time (the driver does not export this class)
  'MongoWaitQueueTimeoutError',
]);

/**
 * Server answers that mean "not now": shutting down, stepping down or electing a primary,
 * unreachable peers, timeouts. The same command succeeds once the store has settled.
 */
const UNAVAILABLE_SERVER_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  50, // MaxTimeMSExpired
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  262, // ExceededTimeLimit
  9001, // SocketException
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

/**
 * True when an operation failed because the store could not be reached or could not serve
 * it in time (down, restarting, electing a primary, timed out), as opposed to a refused or
 * invalid operation. The same operation may succeed unchanged once the store is back: HTTP
 * answers 503 with Retry-After, consumers wait instead of dead-lettering.
 */
export function isStoreUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  if (
    error instanceof mongo.MongoServerSelectionError ||
    // also MongoNetworkTimeoutError and MongoPoolClearedError, its subclasses
    error instanceof mongo.MongoNetworkError ||
    error instanceof mongo.MongoNotConnectedError ||
    error instanceof mongo.MongoTopologyClosedError ||
    error instanceof mongo.MongoOperationTimeoutError
  ) {
    return true;
  }
  if (error instanceof mongo.MongoServerError) {
    return (
      (typeof error.code === 'number' && UNAVAILABLE_SERVER_CODES.has(error.code)) ||
      error.hasErrorLabel(mongo.MongoErrorLabel.RetryableWriteError)
    );
  }
  // mongoose gives up on a command it buffered while disconnected with a plain MongooseError
  return (
    UNAVAILABLE_NAMES.has(error.name) ||
    (error.name === 'MongooseError' && /buffering timed out/.test(error.message))
  );
}
