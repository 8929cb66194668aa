import { Controller, Header, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Response } from 'express';

import { CurrentPrincipal, Principal } from '@libs/auth';
import { Route } from '@libs/service-kit';

import { IndexesQueryService } from '../application/indexes-query.service';
import { indexesCsv } from '../domain/indexes-csv';
import { IndexRowResponseDto } from '../dto/index-row.response.dto';
import { IndexesQueryDto } from '../dto/indexes.query.dto';

@ApiTags('indexes')
@Controller('v1')
export class IndexesHttpController {
  constructor(private readonly indexes: IndexesQueryService) {}

  @Route({
    method: 'GET',
    path: 'indexes',
    roles: ['officer', 'leader', 'province'],
    summary:
      'Satisfaction indexes of the after-result survey per commune, procedure and officer and month: response rate, desk satisfaction rate (tỷ lệ hài lòng tại bộ phận một cửa, not the SIPAS index of QĐ 1001/QĐ-BNV), Decision 766 indicator, average per SIPAS element, 5-3-4 conduct scorecard.',
    returns: [IndexRowResponseDto],
  })
  async search(
    @Query() query: IndexesQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IndexRowResponseDto[]> {
    const rows = await this.indexes.search(query, principal);
    return rows.map((row) => IndexRowResponseDto.from(row));
  }

  @Route({
    method: 'GET',
    path: 'indexes.csv',
    roles: ['officer', 'leader', 'province'],
    summary: 'The same indexes as a CSV file (UTF-8 with BOM, Vietnamese headers).',
    produces: ['text/csv'],
  })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async exportCsv(
    @Query() query: IndexesQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const rows = await this.indexes.search(query, principal);
    const name = ['chi-so-hai-long', query.communeCode, query.period].filter(Boolean).join('-');
    response.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
    return indexesCsv(rows);
  }
}
