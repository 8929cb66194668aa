import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
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

export class RecordOpeningRequestDto {
  @ApiProperty({ example: '2026-03-02', description: 'Day the box was opened (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày mở hòm thư có dạng YYYY-MM-DD.' })
  openedOn: string;

  @ApiProperty({ type: [String], example: ['Lê Văn Minh', 'Trần Thị Hoa'] })
  @IsArray({ message: 'Danh sách người tham gia phải là một mảng.' })
  @ArrayMinSize(1, { message: 'Cần ghi ít nhất một người tham gia mở hòm thư.' })
  @ArrayMaxSize(20, { message: 'Tối đa 20 người tham gia.' })
  @IsString({ each: true, message: 'Họ tên người tham gia phải là chuỗi ký tự.' })
  @Length(1, 100, { each: true, message: 'Họ tên người tham gia dài từ 1 đến 100 ký tự.' })
  officersPresent: string[];

  @ApiProperty({ type: [BoxLetterDto], description: 'Every letter found; may be empty' })
  @IsArray({ message: 'Danh sách thư phải là một mảng.' })
  @ArrayMaxSize(200, { message: 'Tối đa 200 thư trong một lần mở hòm thư.' })
  @ValidateNested({ each: true })
  @Type(() => BoxLetterDto)
  letters: BoxLetterDto[];
}
