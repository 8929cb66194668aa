import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import {
  CommuneCode,
  FullName,
  OptionalAddressLine,
  OptionalEmail,
  OptionalPhone,
  ProvinceCode,
} from './common.types';
import { defineEvent } from './event-definition';

export const FEEDBACK_KINDS = [
  'suggestion', // góp ý
  'petition', // phản ánh
  'recommendation', // kiến nghị
  'dissatisfaction', // opened from a dissatisfied survey answer
  'reception-issue', // raised at a citizen reception or dialogue
] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_CHANNELS = [
  'suggestion-box',
  'online',
  'reception',
  'dialogue',
  'survey',
] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export class FeedbackContactV1 {
  @FullName('Name of the citizen who wrote, to thank them.')
  fullName: string;

  @OptionalAddressLine('Postal address line.')
  addressLine?: string;

  @OptionalEmail('E-mail address.')
  email?: string;

  @OptionalPhone('Mobile phone number.')
  phone?: string;
}

export class FeedbackCaseRefV1 {
  @IsUUID()
  caseId: string;

  @JSONSchema({ description: 'Case number shown to citizens, e.g. PA-14797-2026-0001.' })
  @IsString()
  @Length(1, 60)
  caseCode: string;

  @CommuneCode()
  communeCode: string;

  @ProvinceCode()
  provinceCode: string;

  @IsIn(FEEDBACK_KINDS)
  kind: FeedbackKind;
}

@JSONSchema({
  description:
    'A suggestion, petition or recommendation was received. With contact details, correspondence thanks the citizen; with a response deadline, deadline tracks it.',
})
export class FeedbackCaseOpenedV1 extends FeedbackCaseRefV1 {
  @IsIn(FEEDBACK_CHANNELS)
  channel: FeedbackChannel;

  @IsISO8601({ strict: true })
  openedAt: string;

  @JSONSchema({ description: 'Working days to answer; absent when no answer is owed.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  responseWorkingDays?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => FeedbackContactV1)
  contact?: FeedbackContactV1;
}

export const FEEDBACK_CASE_OUTCOMES = ['answered', 'duplicate', 'not-competent'] as const;
export type FeedbackCaseOutcome = (typeof FEEDBACK_CASE_OUTCOMES)[number];

@JSONSchema({ description: 'The answer to a case was published; its deadline is closed.' })
export class FeedbackCaseAnsweredV1 extends FeedbackCaseRefV1 {
  @IsISO8601({ strict: true })
  answeredAt: string;

  @JSONSchema({
    description:
      'How the case was settled: answered on its merits, merged into an earlier case (duplicate), or not within the commune’s competence (the citizen was told where to turn). Absent means answered.',
  })
  @IsOptional()
  @IsIn(FEEDBACK_CASE_OUTCOMES)
  outcome?: FeedbackCaseOutcome;

  @JSONSchema({
    description:
      'The response deadline the case had; absent when no answer was owed, and in events published before it was carried.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string;

  @JSONSchema({
    description: 'Whether the case was settled on or before dueAt; absent when dueAt is absent.',
  })
  @IsOptional()
  @IsBoolean()
  onTime?: boolean;
}

export const FEEDBACK_CASE_OPENED_V1 = defineEvent({
  name: 'feedback.case-opened',
  version: 1,
  topic: TOPICS.feedbackCase,
  producer: 'feedback',
  summary:
    'A feedback case was opened (thank-you letter when contact is given; response deadline).',
  dataClass: FeedbackCaseOpenedV1,
});

export const FEEDBACK_CASE_ANSWERED_V1 = defineEvent({
  name: 'feedback.case-answered',
  version: 1,
  topic: TOPICS.feedbackCase,
  producer: 'feedback',
  summary: 'A feedback case was answered; the response deadline stops.',
  dataClass: FeedbackCaseAnsweredV1,
});
