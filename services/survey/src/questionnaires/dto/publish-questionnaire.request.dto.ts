import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { IsCommuneCode } from '@libs/service-kit';

import { MAX_QUESTIONS } from '../domain/questionnaire-rules';
import { QuestionDto } from './question.dto';

export class PublishQuestionnaireRequestDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;

  @ApiProperty({ example: 'Phiếu khảo sát sự hài lòng của người dân' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  introduction?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiProperty({ type: [QuestionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions: QuestionDto[];
}
