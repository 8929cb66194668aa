import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { vietnamCalendarDate } from '@libs/clock';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, FeedbackChannel, FeedbackKind } from '@libs/contracts';

import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_KIND_LABELS,
  FeedbackCategory,
} from '../domain/feedback-case';
import { PublicAnswerRow } from '../domain/feedback-case.store';

/** One line of the public list of answers: nothing in it names or reaches the citizen. */
export class PublicAnswerDto {
  @ApiProperty({ example: 'PA-14797-2026-0001' })
  caseCode: string;

  @ApiProperty({ enum: FEEDBACK_KINDS })
  kind: FeedbackKind;

  @ApiProperty({ example: 'Phản ánh' })
  kindLabel: string;

  @ApiProperty({ enum: FEEDBACK_CATEGORIES })
  category: FeedbackCategory;

  @ApiProperty({ example: 'Hạ tầng, giao thông, điện nước' })
  categoryLabel: string;

  @ApiProperty({ enum: FEEDBACK_CHANNELS })
  channel: FeedbackChannel;

  @ApiProperty({ example: '2026-03-02', description: 'Day received (Vietnam date)' })
  receivedOn: string;

  @ApiPropertyOptional({ description: "The officer's public summary of the question" })
  summary?: string;

  @ApiProperty()
  answer: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  static from(row: PublicAnswerRow): PublicAnswerDto {
    return {
      caseCode: row.caseCode,
      kind: row.kind,
      kindLabel: FEEDBACK_KIND_LABELS[row.kind],
      category: row.category,
      categoryLabel: FEEDBACK_CATEGORY_LABELS[row.category],
      channel: row.channel,
      receivedOn: vietnamCalendarDate(row.receivedAt),
      ...(row.summary ? { summary: row.summary } : {}),
      answer: row.answer,
      publishedAt: row.publishedAt.toISOString(),
    };
  }
}
