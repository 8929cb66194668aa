import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { CommuneCodeField, TextField, TextListField } from '@libs/service-kit';

import { LETTER_PLACEHOLDERS, LetterTemplate } from '../domain/letter-template';

export class TemplateCommuneQueryDto {
  @CommuneCodeField()
  communeCode: string;
}

export class SaveLetterTemplateRequestDto {
  @CommuneCodeField()
  communeCode: string;

  @TextField({ label: 'Tiêu đề', min: 1, max: 200, example: 'THƯ CẢM ƠN' })
  title: string;

  @TextField({ label: 'Lời chào', min: 1, max: 300, example: 'Kính gửi: {{recipientName}}' })
  salutation: string;

  @TextListField({
    label: 'Danh sách đoạn văn',
    itemLabel: 'Mỗi đoạn văn',
    itemMax: 2000,
    list: { unit: 'đoạn văn', min: 1, max: 20 },
    example: [
      'Ủy ban nhân dân {{communeName}} trân trọng cảm ơn {{recipientName}} đã {{contribution}}.',
    ],
  })
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
