import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUS_LABELS, FeedbackCase } from '../../cases/domain/feedback-case';
import { BoxOpening } from '../domain/box-opening';

export class OpenedLetterDto {
  @ApiProperty({ example: 1 })
  letterNumber: number;

  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ example: 'PA-14797-2026-0001' })
  caseCode: string;

  @ApiProperty()
  kind: string;

  @ApiProperty({ example: 'Đã tiếp nhận' })
  statusLabel: string;
}

export class BoxOpeningResponseDto {
  @ApiProperty({ format: 'uuid' })
  openingId: string;

  @ApiProperty({ format: 'uuid' })
  boxId: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: '2026-03-02' })
  openedOn: string;

  @ApiProperty({ type: [String] })
  officersPresent: string[];

  @ApiProperty()
  letterCount: number;

  @ApiProperty({ type: [OpenedLetterDto] })
  cases: OpenedLetterDto[];

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  static from(opening: BoxOpening, cases: FeedbackCase[] = []): BoxOpeningResponseDto {
    return {
      openingId: opening.id,
      boxId: opening.boxId,
      communeCode: opening.communeCode,
      openedOn: opening.openedOn,
      officersPresent: opening.officersPresent,
      letterCount: opening.letters.length,
      cases: cases
        .map((feedbackCase) => ({
          letterNumber: feedbackCase.origin.index ?? 0,
          caseId: feedbackCase.id,
          caseCode: feedbackCase.code,
          kind: feedbackCase.kind,
          statusLabel: CASE_STATUS_LABELS[feedbackCase.status],
        }))
        .sort((a, b) => a.letterNumber - b.letterNumber),
      recordedAt: opening.recordedAt.toISOString(),
    };
  }
}
