import type { TenantScope } from '@libs/auth';
import type { LetterKind } from '@libs/contracts';

export type LetterCounts = Record<LetterKind, number>;

/** Port: what the use cases need of the store; `LetterCountRepository` implements it. */
export abstract class LetterCountStore {
  /** Letters per kind in a month (YYYY-MM) or a year (YYYY), Vietnam time; every kind is listed. */
  abstract countsFor(
    communeCode: string,
    period: string,
    scope: TenantScope,
  ): Promise<LetterCounts>;
}
