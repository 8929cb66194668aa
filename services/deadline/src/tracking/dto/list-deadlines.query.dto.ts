import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import { IsCommuneCode, PageLimit } from '@libs/service-kit';

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

  @PageLimit()
  limit?: number;
}
