import { ApiProperty } from '@nestjs/swagger';

import { LETTER_CHANNELS, LETTER_KINDS, LetterChannel, LetterKind } from '@libs/contracts';
import { CommuneCodeField, EnumField, PatternField, TextField } from '@libs/service-kit';

export class ResendLetterRequestDto {
  @EnumField({
    label: 'Kênh gửi',
    values: LETTER_CHANNELS,
    optional: true,
    description: 'Defaults to the letter’s channel.',
  })
  channel?: LetterChannel;

  @TextField({
    label: 'Ghi chú',
    min: 1,
    max: 500,
    optional: true,
    example: 'Người nhận báo chưa nhận được thư',
  })
  note?: string;
}

export class LetterCountsQueryDto {
  @CommuneCodeField()
  communeCode: string;

  @PatternField({
    label: 'Kỳ thống kê',
    pattern: /^\d{4}(-(0[1-9]|1[0-2]))?$/,
    rule: 'phải có dạng YYYY hoặc YYYY-MM',
    example: '2026-11',
    description: 'A month (YYYY-MM) or a year (YYYY).',
  })
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
