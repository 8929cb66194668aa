import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { CONDUCT_ITEMS, SIPAS_ELEMENTS } from '../domain/measures';
import { MEASURE_KINDS, MeasureKind, QUESTION_TYPES, QuestionType } from '../domain/questionnaire';
import { MAX_OPTIONS } from '../domain/questionnaire-rules';

export class RatingScaleDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  min: number;

  @ApiProperty({ example: 5 })
  @IsInt()
  max: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(11)
  @IsString({ each: true })
  labels?: string[];
}

export class ChoiceOptionDto {
  @ApiProperty({ example: 'online' })
  @IsString()
  @Length(1, 60)
  key: string;

  @ApiProperty({ example: 'Nộp trực tuyến' })
  @IsString()
  @Length(1, 200)
  label: string;
}

export class MeasureDto {
  @ApiProperty({ enum: MEASURE_KINDS })
  @IsIn(MEASURE_KINDS)
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
  @ApiProperty({ example: 'listen', description: 'kebab-case, unique in the questionnaire' })
  @IsString()
  @Length(1, 60)
  key: string;

  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES)
  type: QuestionType;

  @ApiProperty({ example: 'Cán bộ có lắng nghe Ông/Bà trình bày đầy đủ không?' })
  @IsString()
  @Length(1, 500)
  text: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  help?: string;

  @ApiPropertyOptional({ type: RatingScaleDto, description: 'rating only' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RatingScaleDto)
  scale?: RatingScaleDto;

  @ApiPropertyOptional({ type: [ChoiceOptionDto], description: 'single- and multiple-choice' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => ChoiceOptionDto)
  options?: ChoiceOptionDto[];

  @ApiPropertyOptional({ description: 'multiple-choice only' })
  @IsOptional()
  @IsInt()
  maxSelections?: number;

  @ApiPropertyOptional({ description: 'yes-no only: offer "Không áp dụng"' })
  @IsOptional()
  @IsBoolean()
  allowNotApplicable?: boolean;

  @ApiPropertyOptional({ description: 'free-text only, at most 2000' })
  @IsOptional()
  @IsInt()
  maxLength?: number;

  @ApiPropertyOptional({ type: MeasureDto, description: 'What the answer feeds in the indexes' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeasureDto)
  measure?: MeasureDto;
}
