import { ApiProperty } from '@nestjs/swagger';

import { Questionnaire } from '../domain/questionnaire';
import { QuestionDto } from './question.dto';

export class QuestionnaireResponseDto {
  @ApiProperty({ format: 'uuid' })
  questionnaireId: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty()
  title: string;

  @ApiProperty()
  introduction: string;

  @ApiProperty()
  anonymous: boolean;

  @ApiProperty({ type: [QuestionDto] })
  questions: QuestionDto[];

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  @ApiProperty()
  publishedBy: string;

  static from(questionnaire: Questionnaire): QuestionnaireResponseDto {
    return {
      questionnaireId: questionnaire.id,
      communeCode: questionnaire.communeCode,
      version: questionnaire.version,
      title: questionnaire.title,
      introduction: questionnaire.introduction,
      anonymous: questionnaire.anonymous,
      questions: questionnaire.questions,
      publishedAt: questionnaire.publishedAt.toISOString(),
      publishedBy: questionnaire.publishedBy,
    };
  }
}
