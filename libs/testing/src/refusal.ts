import { DomainError } from '@libs/errors';

/** The DomainError that `run` throws; fails the test if it throws nothing or something else. */
export function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a refusal (DomainError), but nothing was thrown');
}
