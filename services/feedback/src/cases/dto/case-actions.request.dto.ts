import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import {
  ASSIGNEE_TYPES,
  AssigneeType,
  FEEDBACK_CATEGORIES,
  FeedbackCategory,
  MAX_CONTENT_LENGTH,
} from '../domain/feedback-case';

export class AssigneeDto {
  @ApiProperty({ enum: ASSIGNEE_TYPES, description: 'An officer, a unit, or the leader' })
  @IsIn(ASSIGNEE_TYPES, { message: 'Người xử lý là officer, unit hoặc leader.' })
  type: AssigneeType;

  @ApiPropertyOptional({ example: 'officer-14797', description: 'Account of the officer' })
  @IsOptional()
  @IsString({ message: 'Mã tài khoản phải là chuỗi ký tự.' })
  @Length(1, 100, { message: 'Mã tài khoản dài từ 1 đến 100 ký tự.' })
  id?: string;

  @ApiProperty({ example: 'Công chức Địa chính - Xây dựng' })
  @IsString({ message: 'Tên người hoặc bộ phận xử lý phải là chuỗi ký tự.' })
  @Length(1, 150, { message: 'Tên người hoặc bộ phận xử lý dài từ 1 đến 150 ký tự.' })
  name: string;
}

export class AssignCaseRequestDto {
  @ApiProperty({ type: AssigneeDto })
  @IsDefined({ message: 'Cần chỉ định người hoặc bộ phận xử lý.' })
  @ValidateNested()
  @Type(() => AssigneeDto)
  assignee: AssigneeDto;

  @ApiPropertyOptional({ enum: FEEDBACK_CATEGORIES, description: 'Corrects the category' })
  @IsOptional()
  @IsIn(FEEDBACK_CATEGORIES, { message: 'Lĩnh vực không hợp lệ.' })
  category?: FeedbackCategory;
}

export class AnswerCaseRequestDto {
  @ApiProperty({ description: 'The answer to the citizen; published without personal data' })
  @IsString({ message: 'Câu trả lời phải là chuỗi ký tự.' })
  @IsNotEmpty({ message: 'Câu trả lời không được để trống.' })
  @MaxLength(MAX_CONTENT_LENGTH, {
    message: `Câu trả lời không được dài quá ${MAX_CONTENT_LENGTH} ký tự.`,
  })
  answer: string;

  @ApiPropertyOptional({
    description: 'What the citizen raised, in words fit to publish (no names, addresses)',
  })
  @IsOptional()
  @IsString({ message: 'Tóm tắt phải là chuỗi ký tự.' })
  @Length(1, 1000, { message: 'Tóm tắt dài từ 1 đến 1000 ký tự.' })
  publicSummary?: string;

  @ApiPropertyOptional({
    example: '2022-03-09T15:00:00+07:00',
    description:
      'When the answer was given (historical entry, role system only; not in the future, not before receipt). Absent: now.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'answeredAt là thời điểm ISO 8601' })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'answeredAt phải ghi múi giờ (Z hoặc +07:00)' })
  answeredAt?: string;
}

/** An officer has read an answer held for review and publishes it, corrected if need be. */
export class PublishAnswerRequestDto {
  @ApiPropertyOptional({
    description: 'The answer in the words to publish; the held text when absent',
  })
  @IsOptional()
  @IsString({ message: 'Câu trả lời phải là chuỗi ký tự.' })
  @IsNotEmpty({ message: 'Câu trả lời không được để trống.' })
  @MaxLength(MAX_CONTENT_LENGTH, {
    message: `Câu trả lời không được dài quá ${MAX_CONTENT_LENGTH} ký tự.`,
  })
  answer?: string;

  @ApiPropertyOptional({ description: 'The summary to publish; the held one when absent' })
  @IsOptional()
  @IsString({ message: 'Tóm tắt phải là chuỗi ký tự.' })
  @Length(1, 1000, { message: 'Tóm tắt dài từ 1 đến 1000 ký tự.' })
  publicSummary?: string;
}

export class MarkDuplicateRequestDto {
  @ApiProperty({ example: 'PA-14797-2026-0001', description: 'The case this one repeats' })
  @Matches(/^PA-\d{5}-\d{4}-\d{4,}$/, { message: 'Mã phản ánh có dạng PA-14797-2026-0001.' })
  duplicateOfCaseCode: string;
}

export class DeclineCaseRequestDto {
  @ApiProperty({ description: 'Why the commune is not competent, as told to the citizen' })
  @IsString({ message: 'Lý do phải là chuỗi ký tự.' })
  @Length(1, 2000, { message: 'Lý do dài từ 1 đến 2000 ký tự.' })
  reason: string;

  @ApiPropertyOptional({ example: 'Công an tỉnh Thanh Hóa' })
  @IsOptional()
  @IsString({ message: 'Nơi chuyển đến phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Nơi chuyển đến dài từ 1 đến 200 ký tự.' })
  referredTo?: string;
}
