import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { FEEDBACK_KINDS, FeedbackKind } from '@libs/contracts';

import { CASE_STATUS_LABELS, FeedbackCase } from '../domain/feedback-case';

/** What the citizen gets back: the case number to quote, and when to expect an answer. */
export class SubmissionReceiptDto {
  @ApiProperty({ example: 'PA-14797-2026-0001' })
  caseCode: string;

  @ApiProperty({ enum: FEEDBACK_KINDS })
  kind: FeedbackKind;

  @ApiProperty({ example: 'Đã tiếp nhận' })
  statusLabel: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When an answer is owed' })
  expectedAnswerAt?: string;

  @ApiProperty()
  message: string;

  static from(feedbackCase: FeedbackCase): SubmissionReceiptDto {
    return {
      caseCode: feedbackCase.code,
      kind: feedbackCase.kind,
      statusLabel: CASE_STATUS_LABELS[feedbackCase.status],
      receivedAt: feedbackCase.openedAt.toISOString(),
      ...(feedbackCase.responseDueAt
        ? { expectedAnswerAt: feedbackCase.responseDueAt.toISOString() }
        : {}),
      message: feedbackCase.responseWorkingDays
        ? `Cảm ơn ông/bà đã gửi ý kiến. Ủy ban nhân dân dự kiến trả lời trong ${feedbackCase.responseWorkingDays} ngày làm việc; câu trả lời được công khai theo mã ${feedbackCase.code}.`
        : `Cảm ơn ông/bà đã đóng góp ý kiến. Mã ý kiến của ông/bà là ${feedbackCase.code}.`,
    };
  }
}
