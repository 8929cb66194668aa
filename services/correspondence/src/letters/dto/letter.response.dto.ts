import { ApiProperty } from '@nestjs/swagger';
import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { Letter } from '../domain/letter';

export class LetterContentDto {
  @ApiProperty({ example: 'ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH' })
  issuer: string;

  @ApiProperty({ type: [String] })
  nationalMotto: string[];

  @ApiProperty({ example: 'Hạc Thành, ngày 28 tháng 11 năm 2026' })
  placeAndDate: string;

  @ApiProperty({ example: 'THƯ CHÚC MỪNG' })
  title: string;

  @ApiProperty({ example: 'Kính gửi: Ông Nguyễn Văn An và Bà Trần Thị Bình' })
  salutation: string;

  @ApiProperty({ type: [String] })
  paragraphs: string[];

  @ApiProperty({ type: [String] })
  signatureBlock: string[];
}

export class LetterResponseDto {
  @ApiProperty({ format: 'uuid' })
  letterId: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ enum: LETTER_KINDS })
  kind: LetterKind;

  @ApiProperty({ example: 'birth:6f1c…' })
  subjectKey: string;

  @ApiProperty()
  recipientName: string;

  @ApiProperty()
  recipientAddress: string;

  @ApiProperty({ enum: ['draft'] })
  status: string;

  @ApiProperty({ type: LetterContentDto })
  content: LetterContentDto;

  @ApiProperty({ description: 'The whole letter as plain text, ready to read or print.' })
  text: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(letter: Letter): LetterResponseDto {
    const { content } = letter;
    return {
      letterId: letter.id,
      communeCode: letter.communeCode,
      kind: letter.kind,
      subjectKey: letter.subjectKey,
      recipientName: letter.recipientName,
      recipientAddress: letter.recipientAddress,
      status: letter.status,
      content,
      text: [
        content.issuer,
        ...content.nationalMotto,
        content.placeAndDate,
        '',
        content.title,
        content.salutation,
        ...content.paragraphs,
        '',
        ...content.signatureBlock,
      ].join('\n'),
      createdAt: letter.createdAt.toISOString(),
    };
  }
}
