import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { IsCommuneCode } from '@libs/service-kit';

import { DeadlineView } from '../domain/deadline.store';

export const DEADLINE_VIEWS: readonly DeadlineView[] = ['open', 'due-soon', 'overdue', 'closed'];

export class ListDeadlinesQueryDto {
  @ApiPropertyOptional({ example: '14797' })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;

  @ApiPropertyOptional({
    enum: DEADLINE_VIEWS,
    default: 'open',
    description: 'open: every running clock; due-soon / overdue: open ones with that alarm raised',
  })
  @IsOptional()
  @IsIn(DEADLINE_VIEWS, { message: 'state phải là open, due-soon, overdue hoặc closed' })
  state?: DeadlineView;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit phải là số nguyên' })
  @Min(1, { message: 'limit phải từ 1 trở lên' })
  @Max(200, { message: 'limit không được quá 200' })
  limit?: number;
}
