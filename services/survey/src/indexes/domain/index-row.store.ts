import type { TenantScope } from '@libs/auth';

import type { IndexCounts, IndexDimension, IndexRowRef } from './satisfaction-index';

export interface IndexRow extends IndexRowRef {
  counts: IndexCounts;
}

export interface IndexRowSearch {
  scope: TenantScope;
  communeCode?: string;
  period?: string;
  dimension?: IndexDimension;
}

/** Port: what the use cases need of the store; `IndexRowRepository` implements it. */
export abstract class IndexRowStore {
  abstract ensureRow(row: IndexRowRef): Promise<void>;
  /**
   * Adds the increments unless this row already counted the fact, in one conditional
   * single-document update. Returns false when it had.
   */
  abstract applyOnce(
    rowId: string,
    fact: string,
    increments: Record<string, number>,
    at: Date,
  ): Promise<boolean>;
  abstract search(criteria: IndexRowSearch): Promise<IndexRow[]>;
  abstract forCampaign(campaignId: string): Promise<IndexRow | null>;
}
