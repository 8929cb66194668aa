import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsObject, IsOptional, IsString, Length, Matches } from 'class-validator';

/** A paper survey form as the officer keys it: the code printed on it and the answers ticked. */
export class PaperAnswerRequestDto {
  @ApiProperty({ example: 'K7QM-3XHP', description: 'The survey code printed on the return slip' })
  @IsString({ message: 'Mã khảo sát phải là chuỗi ký tự.' })
  @Length(4, 40, { message: 'Mã khảo sát dài từ 4 đến 40 ký tự.' })
  code: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { overall: 5, 'conduct-listen': 'yes' },
    description: 'Answers by question key, as on the online form',
  })
  @IsObject({ message: 'answers là một đối tượng: mã câu hỏi → câu trả lời.' })
  answers: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'P-0042', description: 'Number written on the paper form' })
  @IsOptional()
  @Matches(/^[\p{L}\p{N}./-]{1,30}$/u, { message: 'Số phiếu gồm tối đa 30 chữ, số, . / -' })
  formNumber?: string;

  @ApiPropertyOptional({
    example: '2022-05-10T09:15:00+07:00',
    description:
      'When the citizen answered (historical entry, role system only; not in the future). Absent: now.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'answeredAt là thời điểm ISO 8601' })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'answeredAt phải ghi múi giờ (Z hoặc +07:00)' })
  answeredAt?: string;
}

export class PaperAnswerResponseDto {
  @ApiProperty({ format: 'date-time' })
  answeredAt: string;

  @ApiProperty({ enum: ['paper'] })
  source: 'paper';
}
