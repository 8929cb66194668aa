import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

import { InstantField, PatternField, TextField } from '@libs/service-kit';

/** A paper survey form as the officer keys it: the code printed on it and the answers ticked. */
export class PaperAnswerRequestDto {
  @TextField({
    label: 'Mã khảo sát',
    min: 4,
    max: 40,
    example: 'K7QM-3XHP',
    description: 'The survey code printed on the return slip',
  })
  code: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { overall: 5, 'conduct-listen': 'yes' },
    description: 'Answers by question key, as on the online form',
  })
  @IsObject({ message: 'answers là một đối tượng: mã câu hỏi → câu trả lời.' })
  answers: Record<string, unknown>;

  @PatternField({
    label: 'Số phiếu',
    pattern: /^[\p{L}\p{N}./-]{1,30}$/u,
    rule: 'gồm tối đa 30 ký tự: chữ, số, dấu chấm, dấu gạch chéo hoặc dấu gạch ngang',
    optional: true,
    example: 'P-0042',
    description: 'Number written on the paper form',
  })
  formNumber?: string;

  @InstantField({
    label: 'Thời điểm trả lời',
    optional: true,
    example: '2022-05-10T09:15:00+07:00',
    description:
      'When the citizen answered (historical entry, role system only; not in the future). Absent: now.',
  })
  answeredAt?: string;
}

export class PaperAnswerResponseDto {
  @ApiProperty({ format: 'date-time' })
  answeredAt: string;

  @ApiProperty({ enum: ['paper'] })
  source: 'paper';
}
