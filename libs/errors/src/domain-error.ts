/** How a rule violation should be answered; the HTTP layer maps each kind to a status. */
export type DomainErrorKind =
  'invalid' | 'not-found' | 'conflict' | 'gone' | 'forbidden' | 'unauthenticated' | 'rate-limited';

export interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * A refusal with a stable code (e.g. `BIRTH.DATE_IN_FUTURE`) that clients may rely on;
 * codes survive process boundaries where `instanceof` does not.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
