import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsCalendarDate, IsCommuneCode, PageLimit } from '@libs/service-kit';

import { FEEDBACK_CATEGORIES, FeedbackCategory } from '../../cases/domain/feedback-case';
import { AssigneeDto } from '../../cases/dto/case-actions.request.dto';
import { ContactDto } from '../../cases/dto/contact.dto';
import { MAX_ISSUE_LENGTH, RECEPTION_KINDS, ReceptionKind } from '../domain/reception';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ReceptionIssueDto {
  @ApiProperty({ example: 'Đề nghị sửa mương thoát nước tổ dân phố 7 trước mùa mưa.' })
  @IsString({ message: 'Nội dung vấn đề phải là chuỗi ký tự.' })
  @IsNotEmpty({ message: 'Nội dung vấn đề không được để trống.' })
  @MaxLength(MAX_ISSUE_LENGTH, {
    message: `Nội dung vấn đề không được dài quá ${MAX_ISSUE_LENGTH} ký tự.`,
  })
  summary: string;

  @ApiPropertyOptional({ enum: FEEDBACK_CATEGORIES })
  @IsOptional()
  @IsIn(FEEDBACK_CATEGORIES, { message: 'Lĩnh vực không hợp lệ.' })
  category?: FeedbackCategory;

  @ApiPropertyOptional({ type: ContactDto, description: 'The citizen who raised it' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  raisedBy?: ContactDto;
}

export class RecordReceptionRequestDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;

  @ApiProperty({ enum: RECEPTION_KINDS, description: 'tiếp công dân or đối thoại' })
  @IsIn(RECEPTION_KINDS, { message: 'Hình thức là reception hoặc dialogue.' })
  kind: ReceptionKind;

  @ApiProperty({ example: '2026-03-05' })
  @Matches(DATE, { message: 'Ngày tổ chức có dạng YYYY-MM-DD.' })
  heldOn: string;

  @ApiProperty({ example: 'Nguyễn Văn Hải, Chủ tịch UBND phường' })
  @IsString({ message: 'Họ tên lãnh đạo chủ trì phải là chuỗi ký tự.' })
  @Length(1, 150, { message: 'Họ tên lãnh đạo chủ trì dài từ 1 đến 150 ký tự.' })
  leaderName: string;

  @ApiProperty({ example: 12, description: 'Number of citizens who came' })
  @IsInt({ message: 'Số công dân phải là số nguyên.' })
  @Min(1, { message: 'Cần có ít nhất một công dân.' })
  @Max(100000, { message: 'Số công dân quá lớn.' })
  citizenCount: number;

  @ApiPropertyOptional({ example: 'Hội trường UBND phường' })
  @IsOptional()
  @IsString({ message: 'Địa điểm phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Địa điểm dài từ 1 đến 200 ký tự.' })
  location?: string;

  @ApiPropertyOptional({ example: 'Chỉnh trang đô thị khu phố 3' })
  @IsOptional()
  @IsString({ message: 'Chủ đề phải là chuỗi ký tự.' })
  @Length(1, 300, { message: 'Chủ đề dài từ 1 đến 300 ký tự.' })
  topic?: string;

  @ApiProperty({ type: [ReceptionIssueDto], description: 'Issues raised; may be empty' })
  @IsArray({ message: 'Danh sách vấn đề phải là một mảng.' })
  @ArrayMaxSize(200, { message: 'Tối đa 200 vấn đề.' })
  @ValidateNested({ each: true })
  @Type(() => ReceptionIssueDto)
  issues: ReceptionIssueDto[];
}

export class SearchReceptionsQueryDto {
  @ApiPropertyOptional({ example: '14797' })
  @IsOptional()
  @IsCommuneCode()
  communeCode?: string;

  @ApiPropertyOptional({ enum: RECEPTION_KINDS })
  @IsOptional()
  @IsIn(RECEPTION_KINDS, { message: 'Hình thức là reception hoặc dialogue.' })
  kind?: ReceptionKind;

  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @IsCalendarDate({ message: 'Ngày phải là một ngày có thật, dạng YYYY-MM-DD.' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate({ message: 'Ngày phải là một ngày có thật, dạng YYYY-MM-DD.' })
  to?: string;

  @PageLimit()
  limit?: number;
}

export class OpenIssueCaseRequestDto {
  @ApiPropertyOptional({ type: AssigneeDto, description: 'Hand the case to someone at once' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssigneeDto)
  assignee?: AssigneeDto;
}
