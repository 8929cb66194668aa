/**
 * Thrown by a handler when retrying cannot help (the event contradicts the consumer's
 * state or rules). The record goes to the dead-letter topic at once.
 */
export class NonRetriableEventError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
