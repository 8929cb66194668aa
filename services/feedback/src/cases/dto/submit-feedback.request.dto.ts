import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { IsCommuneCode } from '@libs/service-kit';

import {
  CITIZEN_KINDS,
  CitizenKind,
  FEEDBACK_CATEGORIES,
  FeedbackCategory,
  MAX_CONTENT_LENGTH,
} from '../domain/feedback-case';
import { ContactDto } from './contact.dto';

export class SubmitFeedbackRequestDto {
  @ApiProperty({ example: '14797', description: '5-digit 2025 code of the commune written to' })
  @IsCommuneCode()
  communeCode: string;

  @ApiPropertyOptional({ enum: CITIZEN_KINDS, default: 'petition' })
  @IsOptional()
  @IsIn(CITIZEN_KINDS, { message: 'Loại ý kiến là suggestion, petition hoặc recommendation.' })
  kind?: CitizenKind;

  @ApiPropertyOptional({ enum: FEEDBACK_CATEGORIES, default: 'other' })
  @IsOptional()
  @IsIn(FEEDBACK_CATEGORIES, { message: 'Lĩnh vực không hợp lệ.' })
  category?: FeedbackCategory;

  @ApiProperty({
    maxLength: MAX_CONTENT_LENGTH,
    example: 'Đèn chiếu sáng ngõ 5 bị hỏng đã hai tuần.',
  })
  @IsString({ message: 'Nội dung phải là chuỗi ký tự.' })
  @IsNotEmpty({ message: 'Nội dung không được để trống.' })
  @MaxLength(MAX_CONTENT_LENGTH, {
    message: `Nội dung không được dài quá ${MAX_CONTENT_LENGTH} ký tự.`,
  })
  content: string;

  @ApiPropertyOptional({ type: ContactDto, description: 'Leave out to write anonymously' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}
