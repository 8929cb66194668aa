import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

import { LETTER_CHANNELS, LETTER_KINDS, LetterChannel, LetterKind } from '@libs/contracts';
import { IsCommuneCode } from '@libs/service-kit';

export class ResendLetterRequestDto {
  @ApiPropertyOptional({ enum: LETTER_CHANNELS, description: 'Defaults to the letter’s channel.' })
  @IsOptional()
  @IsIn(LETTER_CHANNELS, { message: `channel phải là một trong: ${LETTER_CHANNELS.join(', ')}` })
  channel?: LetterChannel;

  @ApiPropertyOptional({ example: 'Người nhận báo chưa nhận được thư' })
  @IsOptional()
  @IsString()
  @Length(1, 500, { message: 'note dài từ 1 đến 500 ký tự' })
  note?: string;
}

export class LetterCountsQueryDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;

  @ApiProperty({ example: '2026-11', description: 'A month (YYYY-MM) or a year (YYYY).' })
  @Matches(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { message: 'period phải có dạng YYYY hoặc YYYY-MM' })
  period: string;
}

export class LetterCountsResponseDto {
  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: '2026-11' })
  period: string;

  @ApiProperty({
    description: 'Letters written per kind in the period; every kind is listed.',
    example: Object.fromEntries(LETTER_KINDS.map((kind) => [kind, 0])),
  })
  counts: Record<LetterKind, number>;

  @ApiProperty()
  total: number;
}
