import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  LETTER_CHANNELS,
  LETTER_KINDS,
  LETTER_STATUSES,
  LetterChannel,
  LetterKind,
  LetterStatus,
} from '@libs/contracts';
import { compact } from '@libs/persistence';

import { formatLetterNumber, Letter, letterText } from '../domain/letter';

export class LetterContentDto {
  @ApiProperty({ example: 'ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH' })
  issuer: string;

  @ApiProperty({ type: [String] })
  nationalMotto: string[];

  @ApiPropertyOptional({ example: '05/UBND', description: 'Given on issue.' })
  documentNumber?: string;

  @ApiProperty({ example: 'Hạc Thành, ngày 28 tháng 11 năm 2026' })
  placeAndDate: string;

  @ApiProperty({ example: 'THƯ CHÚC MỪNG' })
  title: string;

  @ApiProperty({ example: 'Kính gửi: Ông Nguyễn Văn An và Bà Trần Thị Bình' })
  salutation: string;

  @ApiProperty({ type: [String] })
  paragraphs: string[];

  @ApiProperty({ type: [String], example: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] })
  signatureBlock: string[];

  @ApiPropertyOptional({ example: 'Lê Thị Hương' })
  signerName?: string;
}

export class LetterTemplateUsedDto {
  @ApiProperty({ description: '1 is the built-in wording; the commune’s versions follow.' })
  version: number;

  @ApiProperty({ enum: ['built-in', 'commune'] })
  source: 'built-in' | 'commune';
}

export class LetterTimesDto {
  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ format: 'date-time' })
  approvedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  sentAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  printedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  deliveredAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  failedAt?: string;
}

export class LetterDeliveryDto {
  @ApiProperty({ description: 'Delivery rounds tried on the current channel.' })
  attempts: number;

  @ApiPropertyOptional({ description: 'Why the last round failed.' })
  lastError?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the next round is due.' })
  nextAttemptAt?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  printBatchId?: string;

  @ApiPropertyOptional({ description: 'Message id given by the SMTP server or SMS provider.' })
  providerReference?: string;
}

export class LetterResendDto {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty()
  by: string;

  @ApiProperty({ enum: LETTER_CHANNELS })
  channel: LetterChannel;

  @ApiPropertyOptional()
  note?: string;
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

  @ApiPropertyOptional()
  recipientAddress?: string;

  @ApiPropertyOptional()
  recipientEmail?: string;

  @ApiPropertyOptional()
  recipientPhone?: string;

  @ApiProperty({ enum: LETTER_STATUSES })
  status: LetterStatus;

  @ApiProperty({ enum: LETTER_CHANNELS })
  channel: LetterChannel;

  @ApiProperty({ type: LetterContentDto })
  content: LetterContentDto;

  @ApiProperty({ description: 'The whole letter as plain text, ready to read or print.' })
  text: string;

  @ApiProperty({ type: LetterTemplateUsedDto })
  template: LetterTemplateUsedDto;

  @ApiProperty({ type: LetterTimesDto })
  times: LetterTimesDto;

  @ApiProperty({ type: LetterDeliveryDto })
  delivery: LetterDeliveryDto;

  @ApiProperty({ type: [LetterResendDto] })
  resends: LetterResendDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({
    example: '05/UBND',
    description: 'Number in the commune\'s register, printed as "Số: 05/UBND"; given on issue.',
  })
  officialNumber?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When a leader must have approved this apology; then it is sent or escalated.',
  })
  approvalDueAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it was escalated to the chair.' })
  escalatedAt?: string;

  static from(letter: Letter): LetterResponseDto {
    const iso = (date: Date | undefined): string | undefined => date?.toISOString();
    const { times, delivery, approval } = letter;
    return {
      letterId: letter.id,
      communeCode: letter.communeCode,
      kind: letter.kind,
      subjectKey: letter.subjectKey,
      recipientName: letter.recipientName,
      status: letter.status,
      channel: letter.channel,
      content: letter.content,
      text: letterText(letter.content),
      template: letter.template,
      times: {
        createdAt: letter.createdAt.toISOString(),
        ...compact({
          approvedAt: iso(times.approvedAt),
          sentAt: iso(times.sentAt),
          printedAt: iso(times.printedAt),
          deliveredAt: iso(times.deliveredAt),
          failedAt: iso(times.failedAt),
        }),
      },
      delivery: compact({
        attempts: delivery.attempts,
        lastError: delivery.lastError,
        nextAttemptAt: iso(delivery.nextAttemptAt),
        printBatchId: delivery.printBatchId,
        providerReference: delivery.providerReference,
      }),
      resends: letter.resends.map((resend) => compact({ ...resend, at: resend.at.toISOString() })),
      createdAt: letter.createdAt.toISOString(),
      ...compact({
        recipientAddress: letter.recipientAddress,
        recipientEmail: letter.recipientEmail,
        recipientPhone: letter.recipientPhone,
        officialNumber: letter.number && formatLetterNumber(letter.number),
        approvalDueAt: iso(approval?.dueAt),
        escalatedAt: iso(approval?.escalatedAt),
      }),
    };
  }
}
