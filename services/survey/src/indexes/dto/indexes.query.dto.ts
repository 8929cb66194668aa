import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

import { IsCommuneCode } from '@libs/service-kit';

import { INDEX_DIMENSIONS, IndexDimension } from '../domain/satisfaction-index';

export class IndexesQueryDto {
  @ApiPropertyOptional({ example: '14797', description: 'All readable communes when absent' })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;

  @ApiPropertyOptional({ example: '2026-11', description: 'Month of return (YYYY-MM)' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period phải có dạng YYYY-MM' })
  period?: string;

  @ApiPropertyOptional({ enum: INDEX_DIMENSIONS })
  @IsOptional()
  @IsIn(INDEX_DIMENSIONS, { message: 'dimension phải là commune, procedure hoặc officer' })
  dimension?: IndexDimension;
}
