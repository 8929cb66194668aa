import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

export class SubmitAnswersRequestDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Answers keyed by question key: rating → integer, single-choice → option key, multiple-choice → option keys, yes-no → "yes" | "no" | "not-applicable", free-text → text.',
    example: {
      overall: 5,
      'sipas-access': 4,
      listen: 'yes',
      apologise: 'not-applicable',
      comment: 'Cán bộ nhiệt tình.',
    },
  })
  @IsObject({ message: 'answers phải là một đối tượng: mã câu hỏi → câu trả lời' })
  answers: Record<string, unknown>;
}
