import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import { CommuneCode, ProvinceCode } from './common.types';
import { defineEvent } from './event-definition';
import { LETTER_KINDS, LetterKind, LetterSubjectKey } from './letter-created.v1';

/** Where a letter is in its life: drafted, approved by the leader, out, received, or failing. */
export const LETTER_STATUSES = [
  'draft',
  'approved',
  'sent',
  'printed',
  'delivered',
  'failed',
] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** How a letter reaches its recipient. */
export const LETTER_CHANNELS = ['print', 'email', 'sms'] as const;
export type LetterChannel = (typeof LETTER_CHANNELS)[number];

@JSONSchema({
  description:
    'A letter moved from one status to another (approved, sent, printed, delivered, failed, or queued again by a resend). No personal data.',
})
export class LetterStatusChangedV1 {
  @IsUUID()
  letterId: string;

  @CommuneCode()
  communeCode: string;

  @ProvinceCode()
  provinceCode: string;

  @IsIn(LETTER_KINDS)
  kind: LetterKind;

  @LetterSubjectKey()
  subjectKey: string;

  @IsIn(LETTER_STATUSES)
  from: LetterStatus;

  @IsIn(LETTER_STATUSES)
  to: LetterStatus;

  @IsISO8601({ strict: true })
  changedAt: string;

  @IsIn(LETTER_CHANNELS)
  channel: LetterChannel;

  @JSONSchema({ description: 'Delivery attempts made so far on the current channel.' })
  @IsInt()
  @Min(0)
  attempts: number;

  @JSONSchema({ description: 'Why the last delivery attempt failed (status failed only).' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  error?: string;

  @JSONSchema({ description: 'When another attempt is scheduled; absent when none is.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  nextAttemptAt?: string;

  @IsOptional()
  @IsUUID()
  printBatchId?: string;

  @JSONSchema({ description: 'True when an officer asked for the letter to be sent again.' })
  @IsOptional()
  @IsBoolean()
  resend?: boolean;
}

export const LETTER_STATUS_CHANGED_V1 = defineEvent({
  name: 'letter.status-changed',
  version: 1,
  topic: TOPICS.letter,
  producer: 'correspondence',
  summary: 'A letter was approved, sent, printed, delivered, failed or queued again.',
  dataClass: LetterStatusChangedV1,
  publishedFor: 'agencies that follow a letter to the citizen (a citizen portal, the province)',
});
