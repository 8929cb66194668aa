import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
  CITIZEN_KINDS,
  CitizenKind,
  FEEDBACK_CATEGORIES,
  FeedbackCategory,
  MAX_CONTENT_LENGTH,
} from '../../cases/domain/feedback-case';
import { ContactDto } from '../../cases/dto/contact.dto';
import {
  MAX_MINUTES_LENGTH,
  WITNESS_ORGANISATIONS,
  WitnessOrganisation,
} from '../domain/box-opening';

export class BoxLetterDto {
  @ApiProperty({ enum: CITIZEN_KINDS, example: 'suggestion' })
  @IsIn(CITIZEN_KINDS, { message: 'Loại thư là suggestion, petition hoặc recommendation.' })
  kind: CitizenKind;

  @ApiPropertyOptional({ enum: FEEDBACK_CATEGORIES })
  @IsOptional()
  @IsIn(FEEDBACK_CATEGORIES, { message: 'Lĩnh vực không hợp lệ.' })
  category?: FeedbackCategory;

  @ApiProperty({ description: 'The letter, as written' })
  @IsString({ message: 'Nội dung thư phải là chuỗi ký tự.' })
  @IsNotEmpty({ message: 'Nội dung thư không được để trống.' })
  @MaxLength(MAX_CONTENT_LENGTH, {
    message: `Nội dung thư không được dài quá ${MAX_CONTENT_LENGTH} ký tự.`,
  })
  content: string;

  @ApiPropertyOptional({ type: ContactDto, description: 'When the writer signed the letter' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}

export class OpeningWitnessDto {
  @ApiProperty({ example: 'Nguyễn Văn Tám' })
  @IsString({ message: 'Họ tên người chứng kiến phải là chuỗi ký tự.' })
  @Length(1, 100, { message: 'Họ tên người chứng kiến dài từ 1 đến 100 ký tự.' })
  fullName: string;

  @ApiProperty({ enum: WITNESS_ORGANISATIONS, example: 'fatherland-front' })
  @IsIn(WITNESS_ORGANISATIONS, {
    message: 'Tổ chức là fatherland-front, people-inspection hoặc other.',
  })
  organisation: WitnessOrganisation;

  @ApiPropertyOptional({ example: 'Phó Chủ tịch Ủy ban MTTQ phường' })
  @IsOptional()
  @IsString()
  @Length(1, 150, { message: 'Chức vụ dài từ 1 đến 150 ký tự.' })
  position?: string;
}

export class OpeningMinutesDto {
  @ApiPropertyOptional({ example: '03/BB-MHT' })
  @IsOptional()
  @IsString()
  @Length(1, 50, { message: 'Số biên bản dài từ 1 đến 50 ký tự.' })
  number?: string;

  @ApiProperty({ description: 'What the minutes record: seals intact, letters found, signatures' })
  @IsString({ message: 'Nội dung biên bản phải là chuỗi ký tự.' })
  @IsNotEmpty({ message: 'Biên bản mở hòm thư phải ghi nội dung.' })
  @MaxLength(MAX_MINUTES_LENGTH, {
    message: `Nội dung biên bản không được dài quá ${MAX_MINUTES_LENGTH} ký tự.`,
  })
  summary: string;
}

export class RecordOpeningRequestDto {
  @ApiProperty({ example: '2026-03-02', description: 'Day the box was opened (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày mở hòm thư có dạng YYYY-MM-DD.' })
  openedOn: string;

  @ApiPropertyOptional({
    example: '2022-03-02T09:30:00+07:00',
    description:
      'When the letters were taken out, on openedOn: their cases are received then (historical entry, role system only). Absent: now.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'receivedAt là thời điểm ISO 8601' })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'receivedAt phải ghi múi giờ (Z hoặc +07:00)' })
  receivedAt?: string;

  @ApiProperty({ type: [String], example: ['Lê Văn Minh', 'Trần Thị Hoa'] })
  @IsArray({ message: 'Danh sách người tham gia phải là một mảng.' })
  @ArrayMinSize(1, { message: 'Cần ghi ít nhất một người tham gia mở hòm thư.' })
  @ArrayMaxSize(20, { message: 'Tối đa 20 người tham gia.' })
  @IsString({ each: true, message: 'Họ tên người tham gia phải là chuỗi ký tự.' })
  @Length(1, 100, { each: true, message: 'Họ tên người tham gia dài từ 1 đến 100 ký tự.' })
  officersPresent: string[];

  @ApiPropertyOptional({
    type: [OpeningWitnessDto],
    description: 'Witnesses who signed the minutes, e.g. the Fatherland Front representative',
  })
  @IsOptional()
  @IsArray({ message: 'Danh sách người chứng kiến phải là một mảng.' })
  @ArrayMaxSize(10, { message: 'Tối đa 10 người chứng kiến.' })
  @ValidateNested({ each: true })
  @Type(() => OpeningWitnessDto)
  witnesses?: OpeningWitnessDto[];

  @ApiPropertyOptional({ type: OpeningMinutesDto, description: 'The minutes (biên bản)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpeningMinutesDto)
  minutes?: OpeningMinutesDto;

  @ApiProperty({ type: [BoxLetterDto], description: 'Every letter found; may be empty' })
  @IsArray({ message: 'Danh sách thư phải là một mảng.' })
  @ArrayMaxSize(200, { message: 'Tối đa 200 thư trong một lần mở hòm thư.' })
  @ValidateNested({ each: true })
  @Type(() => BoxLetterDto)
  letters: BoxLetterDto[];
}
