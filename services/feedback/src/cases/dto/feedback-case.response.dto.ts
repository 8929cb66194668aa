import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, FeedbackChannel, FeedbackKind } from '@libs/contracts';
import { compact } from '@libs/persistence';

import {
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  CaseStatus,
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_KIND_LABELS,
  FeedbackCase,
  FeedbackCategory,
  PublicAnswer,
} from '../domain/feedback-case';
import { AssigneeDto } from './case-actions.request.dto';
import { ContactDto } from './contact.dto';
import { StatutoryRouteDto } from './letter-procedure.dto';

export class CaseOriginDto {
  @ApiProperty({ enum: ['online', 'box-opening', 'reception', 'survey'] })
  type: string;

  @ApiPropertyOptional({ description: 'Box opening, reception or survey invitation id' })
  id?: string;

  @ApiPropertyOptional({ description: 'Letter or issue number within the opening/reception' })
  index?: number;
}

export class CaseAnswerDto {
  @ApiProperty()
  text: string;

  @ApiProperty({ format: 'date-time' })
  answeredAt: string;

  @ApiProperty()
  answeredBy: string;
}

export class AnswerNotificationDto {
  @ApiProperty({ enum: ['email', 'sms', 'post', 'public-list'] })
  channel: string;

  @ApiProperty({ enum: ['notification-pending', 'published-only'] })
  status: string;
}

/** The answer as the public list shows it, or as it waits for an officer's review. */
export class PublicationDto {
  @ApiProperty({ enum: ['published', 'held-for-review'] })
  status: 'published' | 'held-for-review';

  @ApiProperty({ description: 'The masked text' })
  answer: string;

  @ApiPropertyOptional()
  summary?: string;

  @ApiPropertyOptional({
    enum: ['given-name', 'address'],
    isArray: true,
    description: 'What may still name the citizen: the given name alone, the street alone',
  })
  reasons?: string[];

  @ApiPropertyOptional({ format: 'date-time' })
  publishedAt?: string;
}

export class CaseEscalationDto {
  @ApiProperty({ enum: ['leader'] })
  to: string;

  @ApiProperty({ format: 'date-time' })
  escalatedAt: string;

  @ApiProperty({ format: 'date-time' })
  dueAt: string;

  @ApiProperty()
  reason: string;
}

/** A case as officers, leaders and the province see it (contact details included). */
export class FeedbackCaseResponseDto {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ example: 'PA-14797-2026-0001' })
  caseCode: string;

  @ApiProperty({ example: '14797' })
  communeCode: string;

  @ApiProperty({ enum: FEEDBACK_KINDS })
  kind: FeedbackKind;

  @ApiProperty()
  kindLabel: string;

  @ApiProperty({ enum: FEEDBACK_CHANNELS })
  channel: FeedbackChannel;

  @ApiProperty({ enum: FEEDBACK_CATEGORIES })
  category: FeedbackCategory;

  @ApiProperty()
  categoryLabel: string;

  @ApiProperty()
  content: string;

  @ApiPropertyOptional({ type: ContactDto })
  contact?: ContactDto;

  @ApiProperty({ enum: CASE_STATUSES })
  status: CaseStatus;

  @ApiProperty({ example: 'Đã tiếp nhận' })
  statusLabel: string;

  @ApiProperty({ enum: CASE_STATUSES, isArray: true, description: 'Legal next states' })
  nextStatuses: CaseStatus[];

  @ApiPropertyOptional({ type: AssigneeDto })
  assignee?: AssigneeDto;

  @ApiPropertyOptional()
  responseWorkingDays?: number;

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'Expected (dự kiến) answer time for a petition or recommendation: a commune setting, not a time fixed by law',
  })
  expectedAnswerAt?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'End of the 10 working days for handling the letter (xử lý đơn: classify, accept, forward or guide)',
  })
  handlingDueAt?: string;

  @ApiPropertyOptional({
    type: StatutoryRouteDto,
    description: 'A complaint or denunciation, with its statutory acceptance and resolution times',
  })
  statutoryRoute?: StatutoryRouteDto;

  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiProperty({ type: CaseOriginDto })
  origin: CaseOriginDto;

  @ApiPropertyOptional({ type: CaseAnswerDto })
  answer?: CaseAnswerDto;

  @ApiPropertyOptional({ type: AnswerNotificationDto })
  answerNotification?: AnswerNotificationDto;

  @ApiPropertyOptional({ type: PublicationDto })
  publication?: PublicationDto;

  @ApiPropertyOptional({ example: 'PA-14797-2026-0001' })
  duplicateOf?: string;

  @ApiPropertyOptional()
  declineReason?: string;

  @ApiPropertyOptional()
  referredTo?: string;

  @ApiProperty()
  escalated: boolean;

  @ApiPropertyOptional({ type: CaseEscalationDto })
  escalation?: CaseEscalationDto;

  @ApiPropertyOptional({ format: 'date-time' })
  closedAt?: string;

  static from(feedbackCase: FeedbackCase): FeedbackCaseResponseDto {
    const { answer, escalation, decline, answerNotification } = feedbackCase;
    const iso = (date: Date | undefined): string | undefined => date?.toISOString();
    return {
      caseId: feedbackCase.id,
      caseCode: feedbackCase.code,
      communeCode: feedbackCase.communeCode,
      kind: feedbackCase.kind,
      kindLabel: FEEDBACK_KIND_LABELS[feedbackCase.kind],
      channel: feedbackCase.channel,
      category: feedbackCase.category,
      categoryLabel: FEEDBACK_CATEGORY_LABELS[feedbackCase.category],
      content: feedbackCase.content,
      status: feedbackCase.status,
      statusLabel: CASE_STATUS_LABELS[feedbackCase.status],
      nextStatuses: [...CASE_TRANSITIONS[feedbackCase.status]],
      openedAt: feedbackCase.openedAt.toISOString(),
      origin: feedbackCase.origin,
      escalated: escalation !== undefined,
      ...compact({
        contact: feedbackCase.contact,
        assignee: feedbackCase.assignee,
        responseWorkingDays: feedbackCase.responseWorkingDays,
        expectedAnswerAt: iso(feedbackCase.responseDueAt),
        handlingDueAt: iso(feedbackCase.handlingDueAt),
        statutoryRoute:
          feedbackCase.statutoryRoute && StatutoryRouteDto.from(feedbackCase.statutoryRoute),
        answer: answer && { ...answer, answeredAt: answer.answeredAt.toISOString() },
        answerNotification: answerNotification && {
          channel: answerNotification.channel,
          status: answerNotification.status,
        },
        publication: feedbackCase.publicAnswer && publicationOf(feedbackCase.publicAnswer),
        duplicateOf: feedbackCase.duplicateOf?.caseCode,
        declineReason: decline?.reason,
        referredTo: decline?.referredTo,
        escalation: escalation && {
          to: escalation.to,
          escalatedAt: escalation.escalatedAt.toISOString(),
          dueAt: escalation.dueAt.toISOString(),
          reason: escalation.reason,
        },
        closedAt: iso(feedbackCase.closedAt),
      }),
    };
  }
}

function publicationOf(publicAnswer: PublicAnswer): PublicationDto {
  const { publishedAt } = publicAnswer;
  return {
    status: publishedAt ? 'published' : 'held-for-review',
    answer: publicAnswer.answer,
    ...compact({
      summary: publicAnswer.summary,
      reasons: publishedAt ? undefined : publicAnswer.heldForReview?.reasons,
      publishedAt: publishedAt?.toISOString(),
    }),
  };
}
