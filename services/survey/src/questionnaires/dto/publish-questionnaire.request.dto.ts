import { BooleanField, CommuneCodeField, NestedField, TextField } from '@libs/service-kit';

import { MAX_QUESTIONS } from '../domain/questionnaire-rules';
import { QuestionDto } from './question.dto';

export class PublishQuestionnaireRequestDto {
  @CommuneCodeField()
  communeCode: string;

  @TextField({
    label: 'Tên phiếu khảo sát',
    min: 1,
    max: 200,
    example: 'Phiếu khảo sát sự hài lòng của người dân',
  })
  title: string;

  @TextField({ label: 'Lời giới thiệu', min: 0, max: 2000, optional: true })
  introduction?: string;

  @BooleanField({ label: 'Khảo sát ẩn danh', optional: true, default: true })
  anonymous?: boolean;

  @NestedField({
    label: 'Danh sách câu hỏi',
    type: QuestionDto,
    list: { unit: 'câu hỏi', min: 1, max: MAX_QUESTIONS },
  })
  questions: QuestionDto[];
}
