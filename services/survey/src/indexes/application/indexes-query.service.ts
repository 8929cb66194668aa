import { Injectable } from '@nestjs/common';

import { assertCanRead, Principal, tenantScopeOf } from '@libs/auth';
import { CommuneDirectory } from '@libs/reference-data';

import { IndexRowStore } from '../domain/index-row.store';
import { IndexSheetRow } from '../domain/indexes-csv';
import { figuresOf, INDEX_DIMENSIONS, IndexDimension } from '../domain/satisfaction-index';

export interface IndexQuery {
  communeCode?: string;
  period?: string;
  dimension?: IndexDimension;
}

@Injectable()
export class IndexesQueryService {
  constructor(
    private readonly rows: IndexRowStore,
    private readonly communes: CommuneDirectory,
  ) {}

  /** After-result satisfaction indexes the principal may read, commune rows first. */
  async search(query: IndexQuery, principal: Principal): Promise<IndexSheetRow[]> {
    if (query.communeCode) {
      const commune = this.communes.find(query.communeCode);
      assertCanRead(principal, {
        communeCode: query.communeCode,
        provinceCode: commune?.provinceCode ?? '',
      });
    }
    const rows = await this.rows.search({
      ...query,
      scope: tenantScopeOf(principal),
    });
    return rows
      .map((row) => ({
        communeCode: row.communeCode,
        communeName: this.communes.find(row.communeCode)?.name ?? row.communeCode,
        period: row.period,
        dimension: row.dimension,
        dimensionKey: row.dimensionKey,
        figures: figuresOf(row.counts),
      }))
      .sort(
        (a, b) =>
          a.communeCode.localeCompare(b.communeCode) ||
          (a.period ?? '').localeCompare(b.period ?? '') ||
          INDEX_DIMENSIONS.indexOf(a.dimension) - INDEX_DIMENSIONS.indexOf(b.dimension) ||
          a.dimensionKey.localeCompare(b.dimensionKey),
      );
  }
}
