import type { TenantScope } from '@libs/auth';

import type { FigureFact, FigureRow } from './on-time-figures';

/** Where on-time facts are counted (port; the mongoose adapter is `OnTimeFactRepository`). */
export abstract class OnTimeFactStore {
  /** Stores the fact unless it is already counted; true when it was new. */
  abstract recordOnce(fact: FigureFact): Promise<boolean>;
  /** The month's figures per commune, subject type, category and officer. */
  abstract rows(criteria: {
    period: string;
    communeCode?: string;
    scope: TenantScope;
  }): Promise<FigureRow[]>;
}
