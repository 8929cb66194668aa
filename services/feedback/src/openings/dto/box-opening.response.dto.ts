import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { CASE_STATUS_LABELS, FeedbackCase } from '../../cases/domain/feedback-case';
import {
  BoxOpening,
  WITNESS_ORGANISATION_NAMES,
  WITNESS_ORGANISATIONS,
  witnessedByFatherlandFront,
} from '../domain/box-opening';

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

export class OpeningWitnessResponseDto {
  @ApiProperty()
  fullName: string;

  @ApiProperty({ enum: WITNESS_ORGANISATIONS })
  organisation: string;

  @ApiProperty({ example: 'Ủy ban Mặt trận Tổ quốc Việt Nam' })
  organisationName: string;

  @ApiPropertyOptional()
  position?: string;
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

  @ApiProperty({ type: [OpeningWitnessResponseDto] })
  witnesses: OpeningWitnessResponseDto[];

  @ApiProperty({
    description: 'False flags an opening without the Fatherland Front representative',
  })
  witnessedByFatherlandFront: boolean;

  @ApiPropertyOptional({ description: 'The minutes: number and content' })
  minutes?: { number?: string; summary: string };

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
      witnesses: opening.witnesses.map((witness) => ({
        fullName: witness.fullName,
        organisation: witness.organisation,
        organisationName: WITNESS_ORGANISATION_NAMES[witness.organisation],
        ...(witness.position ? { position: witness.position } : {}),
      })),
      witnessedByFatherlandFront: witnessedByFatherlandFront(opening),
      ...(opening.minutes ? { minutes: opening.minutes } : {}),
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
