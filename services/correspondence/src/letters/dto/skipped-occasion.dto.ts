import { ApiProperty } from '@nestjs/swagger';

import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { CommuneCodeField, PageLimit } from '@libs/service-kit';

import { SkippedOccasion } from '../domain/skipped-occasion.store';

export class SearchSkippedOccasionsQueryDto {
  @CommuneCodeField({ optional: true })
  communeCode?: string;

  @PageLimit()
  limit?: number;
}

export class SkippedOccasionResponseDto {
  @ApiProperty({ example: 'birth-congratulation:birth:8a85…' })
  id: string;

  @ApiProperty({ enum: LETTER_KINDS })
  kind: LetterKind;

  @ApiProperty({ example: 'birth:8a85…' })
  subjectKey: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ example: 'outside-window', description: 'No letter: outside the window.' })
  reason: 'outside-window';

  @ApiProperty({ example: '1985-03-10', description: 'Date of the birth or death.' })
  eventDate: string;

  @ApiProperty({ example: '2026-11-28' })
  registeredOn: string;

  @ApiProperty({ example: 15238, description: 'Days from the event to its registration.' })
  days: number;

  @ApiProperty({ example: 60 })
  windowDays: number;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  static from(occasion: SkippedOccasion): SkippedOccasionResponseDto {
    return {
      id: occasion.id,
      kind: occasion.kind,
      subjectKey: occasion.subjectKey,
      communeCode: occasion.communeCode,
      reason: occasion.reason,
      eventDate: occasion.eventDate,
      registeredOn: occasion.registeredOn,
      days: occasion.days,
      windowDays: occasion.windowDays,
      recordedAt: occasion.recordedAt.toISOString(),
    };
  }
}
