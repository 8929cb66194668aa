import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';

import { FEEDBACK_KINDS, FeedbackKind } from '@libs/contracts';
import { IsCommuneCode, PageLimit } from '@libs/service-kit';

import { CASE_STATUSES, CaseStatus } from '../domain/feedback-case';

export class SearchCasesQueryDto {
  @ApiPropertyOptional({ example: '14797' })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES, { message: 'Trạng thái không hợp lệ.' })
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: FEEDBACK_KINDS })
  @IsOptional()
  @IsIn(FEEDBACK_KINDS, { message: 'Loại ý kiến không hợp lệ.' })
  kind?: FeedbackKind;

  @ApiPropertyOptional({ description: 'Only cases escalated to the leader (or only the others)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'escalated là true hoặc false.' })
  escalated?: boolean;

  @ApiPropertyOptional({ example: 'PA-14797-2026-0001' })
  @IsOptional()
  @Matches(/^PA-\d{5}-\d{4}-\d{4,}$/, { message: 'Mã phản ánh có dạng PA-14797-2026-0001.' })
  code?: string;

  @PageLimit()
  limit?: number;
}
