import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

import { PageLimit } from '../http/page-limit.validator';

/** The earliest and latest instants a Date can hold (ms): an open end of the period. */
const BEGINNING = 0;
const END_OF_TIME = 8640000000000000;
const DEFAULT_LIMIT = 100;

/** The period and page size of an audit listing (newest first); either end may be left open. */
export class AuditPeriodQueryDto {
  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-01T00:00:00+07:00' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from phải là một thời điểm có thật (ISO 8601)' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-30T23:59:59+07:00' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to phải là một thời điểm có thật (ISO 8601)' })
  to?: string;

  @PageLimit(DEFAULT_LIMIT, 1000)
  limit?: number;
}

/** The period and page size the query asks for, with its open ends and default filled in. */
export function auditPeriodOf(query: AuditPeriodQueryDto): { from: Date; to: Date; limit: number } {
  return {
    from: query.from ? new Date(query.from) : new Date(BEGINNING),
    to: query.to ? new Date(query.to) : new Date(END_OF_TIME),
    limit: query.limit ?? DEFAULT_LIMIT,
  };
}
