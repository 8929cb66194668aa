import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { CASE_STATUS_LABELS, FeedbackCase } from '../../cases/domain/feedback-case';
import { ContactDto } from '../../cases/dto/contact.dto';
import {
  Reception,
  RECEPTION_KIND_LABELS,
  RECEPTION_KINDS,
  ReceptionKind,
} from '../domain/reception';

export class ReceptionIssueResponseDto {
  @ApiProperty({ example: 1 })
  number: number;

  @ApiProperty()
  summary: string;

  @ApiPropertyOptional()
  category?: string;

  @ApiPropertyOptional({ type: ContactDto })
  raisedBy?: ContactDto;

  @ApiPropertyOptional({ example: 'PA-14797-2026-0007', description: 'When it became a case' })
  caseCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  caseId?: string;

  @ApiPropertyOptional({ example: 'Đã tiếp nhận' })
  caseStatusLabel?: string;
}

export class ReceptionResponseDto {
  @ApiProperty({ format: 'uuid' })
  receptionId: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ enum: RECEPTION_KINDS })
  kind: ReceptionKind;

  @ApiProperty({ example: 'Tiếp công dân' })
  kindLabel: string;

  @ApiProperty({ example: '2026-03-05' })
  heldOn: string;

  @ApiProperty()
  leaderName: string;

  @ApiProperty()
  citizenCount: number;

  @ApiPropertyOptional()
  location?: string;

  @ApiPropertyOptional()
  topic?: string;

  @ApiProperty({ type: [ReceptionIssueResponseDto] })
  issues: ReceptionIssueResponseDto[];

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  static from(reception: Reception, cases: FeedbackCase[] = []): ReceptionResponseDto {
    const caseByIssue = new Map(
      cases.map((feedbackCase) => [feedbackCase.origin.index, feedbackCase]),
    );
    return {
      receptionId: reception.id,
      communeCode: reception.communeCode,
      kind: reception.kind,
      kindLabel: RECEPTION_KIND_LABELS[reception.kind],
      heldOn: reception.heldOn,
      leaderName: reception.leaderName,
      citizenCount: reception.citizenCount,
      ...(reception.location ? { location: reception.location } : {}),
      ...(reception.topic ? { topic: reception.topic } : {}),
      issues: reception.issues.map((issue) => {
        const feedbackCase = caseByIssue.get(issue.number);
        return {
          number: issue.number,
          summary: issue.summary,
          ...(issue.category ? { category: issue.category } : {}),
          ...(issue.raisedBy ? { raisedBy: issue.raisedBy } : {}),
          ...(feedbackCase
            ? {
                caseCode: feedbackCase.code,
                caseId: feedbackCase.id,
                caseStatusLabel: CASE_STATUS_LABELS[feedbackCase.status],
              }
            : {}),
        };
      }),
      recordedAt: reception.recordedAt.toISOString(),
    };
  }
}
