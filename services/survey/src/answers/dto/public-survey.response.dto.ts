import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  QUESTION_TYPES,
  YES_NO_LABELS,
  YesNoValue,
} from '../../questionnaires/domain/questionnaire';
import { ChoiceOptionDto, RatingScaleDto } from '../../questionnaires/dto/question.dto';
import { OpenSurvey } from '../application/answer-survey.service';

export class PublicQuestionDto {
  @ApiProperty({ example: 'overall' })
  key: string;

  @ApiProperty({ enum: QUESTION_TYPES })
  type: string;

  @ApiProperty()
  text: string;

  @ApiProperty()
  required: boolean;

  @ApiPropertyOptional()
  help?: string;

  @ApiPropertyOptional({ type: RatingScaleDto })
  scale?: RatingScaleDto;

  @ApiPropertyOptional({
    type: [ChoiceOptionDto],
    description: 'Choices; for yes-no questions the values yes / no / not-applicable',
  })
  options?: ChoiceOptionDto[];

  @ApiPropertyOptional()
  maxSelections?: number;

  @ApiPropertyOptional()
  maxLength?: number;
}

export class PublicSurveyResponseDto {
  @ApiProperty({ example: 'Phường Hạc Thành' })
  communeName: string;

  @ApiProperty({ example: 'Phiếu khảo sát sự hài lòng của người dân' })
  title: string;

  @ApiProperty()
  introduction: string;

  @ApiProperty({ description: 'The answer is not linked to the citizen' })
  anonymous: boolean;

  @ApiProperty({ example: 1 })
  questionnaireVersion: number;

  @ApiProperty({ type: [PublicQuestionDto] })
  questions: PublicQuestionDto[];

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  static from({ invitation, questionnaire, commune }: OpenSurvey): PublicSurveyResponseDto {
    return {
      communeName: commune.name,
      title: questionnaire.title,
      introduction: questionnaire.introduction,
      anonymous: questionnaire.anonymous,
      questionnaireVersion: questionnaire.version,
      questions: questionnaire.questions.map((question): PublicQuestionDto => {
        const base = {
          key: question.key,
          type: question.type,
          text: question.text,
          required: question.required,
          ...(question.help ? { help: question.help } : {}),
        };
        switch (question.type) {
          case 'rating':
            return { ...base, scale: question.scale };
          case 'single-choice':
            return { ...base, options: question.options };
          case 'multiple-choice':
            return { ...base, options: question.options, maxSelections: question.maxSelections };
          case 'yes-no': {
            const values: YesNoValue[] = question.allowNotApplicable
              ? ['yes', 'no', 'not-applicable']
              : ['yes', 'no'];
            return { ...base, options: values.map((key) => ({ key, label: YES_NO_LABELS[key] })) };
          }
          case 'free-text':
            return { ...base, maxLength: question.maxLength };
        }
      }),
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }
}

export class AnswerReceiptResponseDto {
  @ApiProperty({ example: 'Cảm ơn Ông/Bà đã dành thời gian đánh giá. …' })
  message: string;

  @ApiProperty({ format: 'date-time' })
  answeredAt: string;
}
