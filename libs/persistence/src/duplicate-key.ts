const DUPLICATE_KEY = 11000;

/**
 * True for a write refused by a unique index. Unique keys are what makes effects exact
 * here (one letter per fact, one invitation per dossier), on MongoDB and the embedded store.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === DUPLICATE_KEY;
}
