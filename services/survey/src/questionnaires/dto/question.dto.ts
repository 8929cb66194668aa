import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

import {
  BooleanField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  TextListField,
} from '@libs/service-kit';

import { CONDUCT_ITEMS, SIPAS_ELEMENTS } from '../domain/measures';
import { MEASURE_KINDS, MeasureKind, QUESTION_TYPES, QuestionType } from '../domain/questionnaire';
import { MAX_OPTIONS } from '../domain/questionnaire-rules';

export class RatingScaleDto {
  @IntField({ label: 'Điểm thấp nhất', example: 1 })
  min: number;

  @IntField({ label: 'Điểm cao nhất', example: 5 })
  max: number;

  @TextListField({
    label: 'Danh sách nhãn thang điểm',
    itemLabel: 'Nhãn thang điểm',
    list: { unit: 'nhãn', max: 11 },
    optional: true,
    example: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  })
  labels?: string[];
}

export class ChoiceOptionDto {
  @TextField({ label: 'Mã lựa chọn', min: 1, max: 60, example: 'online' })
  key: string;

  @TextField({ label: 'Nội dung lựa chọn', min: 1, max: 200, example: 'Nộp trực tuyến' })
  label: string;
}

export class MeasureDto {
  @EnumField({ label: 'Loại chỉ số', values: MEASURE_KINDS })
  kind: MeasureKind;

  @ApiPropertyOptional({ enum: SIPAS_ELEMENTS, description: 'For kind = sipas' })
  @IsOptional()
  @IsString()
  element?: string;

  @ApiPropertyOptional({ enum: CONDUCT_ITEMS, description: 'For kind = conduct' })
  @IsOptional()
  @IsString()
  item?: string;
}

export class QuestionDto {
  @TextField({
    label: 'Mã câu hỏi',
    min: 1,
    max: 60,
    example: 'listen',
    description: 'kebab-case, unique in the questionnaire',
  })
  key: string;

  @EnumField({ label: 'Loại câu hỏi', values: QUESTION_TYPES })
  type: QuestionType;

  @TextField({
    label: 'Nội dung câu hỏi',
    min: 1,
    max: 500,
    example: 'Cán bộ có lắng nghe Ông/Bà trình bày đầy đủ không?',
  })
  text: string;

  @BooleanField({ label: 'Bắt buộc trả lời', optional: true, default: false })
  required?: boolean;

  @TextField({ label: 'Hướng dẫn trả lời', min: 0, max: 500, optional: true })
  help?: string;

  @NestedField({
    label: 'Thang điểm',
    type: RatingScaleDto,
    optional: true,
    description: 'rating only',
  })
  scale?: RatingScaleDto;

  @NestedField({
    label: 'Danh sách lựa chọn',
    type: ChoiceOptionDto,
    list: { unit: 'lựa chọn', max: MAX_OPTIONS },
    optional: true,
    description: 'single- and multiple-choice',
  })
  options?: ChoiceOptionDto[];

  @IntField({
    label: 'Số lựa chọn tối đa',
    optional: true,
    description: 'multiple-choice only',
  })
  maxSelections?: number;

  @BooleanField({
    label: 'Lựa chọn "Không áp dụng"',
    optional: true,
    description: 'yes-no only: offer "Không áp dụng"',
  })
  allowNotApplicable?: boolean;

  @IntField({
    label: 'Độ dài tối đa của câu trả lời',
    optional: true,
    description: 'free-text only, at most 2000',
  })
  maxLength?: number;

  @NestedField({
    label: 'Chỉ số đo lường',
    type: MeasureDto,
    optional: true,
    description: 'What the answer feeds in the indexes',
  })
  measure?: MeasureDto;
}
