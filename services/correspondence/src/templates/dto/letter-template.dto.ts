import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length } from 'class-validator';

import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { IsCommuneCode } from '@libs/service-kit';

import { LETTER_PLACEHOLDERS, LetterTemplate } from '../domain/letter-template';

export class TemplateCommuneQueryDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;
}

export class SaveLetterTemplateRequestDto {
  @ApiProperty({ example: '14797' })
  @IsCommuneCode()
  communeCode: string;

  @ApiProperty({ example: 'THƯ CẢM ƠN' })
  @IsString()
  @Length(1, 200, { message: 'title dài từ 1 đến 200 ký tự' })
  title: string;

  @ApiProperty({ example: 'Kính gửi: {{recipientName}}' })
  @IsString()
  @Length(1, 300, { message: 'salutation dài từ 1 đến 300 ký tự' })
  salutation: string;

  @ApiProperty({
    type: [String],
    example: [
      'Ủy ban nhân dân {{communeName}} trân trọng cảm ơn {{recipientName}} đã {{contribution}}.',
    ],
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'paragraphs cần ít nhất một đoạn' })
  @ArrayMaxSize(20, { message: 'paragraphs có tối đa 20 đoạn' })
  @IsString({ each: true })
  @Length(1, 2000, { each: true, message: 'mỗi đoạn dài từ 1 đến 2000 ký tự' })
  paragraphs: string[];
}

export class LetterTemplateResponseDto {
  @ApiProperty({ enum: LETTER_KINDS })
  kind: LetterKind;

  @ApiProperty({ description: '1 is the built-in wording; the commune’s versions follow.' })
  version: number;

  @ApiProperty({ enum: ['built-in', 'commune'] })
  source: 'built-in' | 'commune';

  @ApiPropertyOptional({ example: '14797' })
  communeCode?: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  salutation: string;

  @ApiProperty({ type: [String] })
  paragraphs: string[];

  @ApiProperty({ type: [String], description: 'The {{placeholders}} this kind may use.' })
  placeholders: string[];

  @ApiPropertyOptional({ format: 'date-time' })
  createdAt?: string;

  @ApiPropertyOptional()
  createdBy?: string;

  static from(template: LetterTemplate): LetterTemplateResponseDto {
    return {
      kind: template.kind,
      version: template.version,
      source: template.source,
      ...(template.communeCode ? { communeCode: template.communeCode } : {}),
      title: template.title,
      salutation: template.salutation,
      paragraphs: template.paragraphs,
      placeholders: [...LETTER_PLACEHOLDERS[template.kind]],
      ...(template.createdAt ? { createdAt: template.createdAt.toISOString() } : {}),
      ...(template.createdBy ? { createdBy: template.createdBy } : {}),
    };
  }
}
