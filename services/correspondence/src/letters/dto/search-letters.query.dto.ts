import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

import { LETTER_KINDS, LETTER_STATUSES, LetterKind, LetterStatus } from '@libs/contracts';
import { IsCommuneCode, PageLimit } from '@libs/service-kit';

import { IsCalendarDate } from './calendar-date.validator';

export class SearchLettersQueryDto {
  @ApiPropertyOptional({ example: '14797' })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;

  @ApiPropertyOptional({ enum: LETTER_KINDS })
  @IsOptional()
  @IsIn(LETTER_KINDS)
  kind?: LetterKind;

  @ApiPropertyOptional({ enum: LETTER_STATUSES })
  @IsOptional()
  @IsIn(LETTER_STATUSES)
  status?: LetterStatus;

  @ApiPropertyOptional({ example: 'birth:6f1c2a9e-…', description: 'The triggering fact' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  subjectKey?: string;

  @ApiPropertyOptional({
    example: 'tran thi binh',
    description: 'Part of the recipient’s name; case and diacritics do not matter.',
  })
  @IsOptional()
  @IsString()
  @Length(2, 100, { message: 'recipient dài từ 2 đến 100 ký tự' })
  recipient?: string;

  @ApiPropertyOptional({
    example: '2026-11-01',
    description: 'Written on or after (Vietnam date).',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-11-30',
    description: 'Written on or before (Vietnam date).',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @PageLimit()
  limit?: number;
}
