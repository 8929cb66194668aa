import { IsIn, IsISO8601, IsNumber, IsString, IsUUID, Length, Min } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import { CommuneCode, OptionalOfficerId, ProvinceCode } from './common.types';
import { defineEvent } from './event-definition';

export const DEADLINE_SUBJECTS = ['dossier', 'feedback-case'] as const;
export type DeadlineSubject = (typeof DEADLINE_SUBJECTS)[number];

export class DeadlineRefV1 {
  @IsUUID()
  deadlineId: string;

  @IsIn(DEADLINE_SUBJECTS)
  subjectType: DeadlineSubject;

  @JSONSchema({ description: 'Id of the dossier or feedback case the deadline belongs to.' })
  @IsUUID()
  subjectId: string;

  @JSONSchema({ description: 'Human code of the subject (dossier code, case number).' })
  @IsString()
  @Length(1, 60)
  subjectCode: string;

  @CommuneCode()
  communeCode: string;

  @ProvinceCode()
  provinceCode: string;

  @IsISO8601({ strict: true })
  dueAt: string;
}

@JSONSchema({ description: 'A deadline will pass within the configured number of working hours.' })
export class DeadlineDueSoonV1 extends DeadlineRefV1 {
  @IsNumber()
  @Min(0)
  workingHoursLeft: number;
}

@JSONSchema({ description: 'A deadline passed before its subject was closed.' })
export class DeadlineOverdueV1 extends DeadlineRefV1 {
  @IsISO8601({ strict: true })
  detectedAt: string;
}

@JSONSchema({
  description:
    'An officer recorded why the subject will be late and the one new appointment; correspondence sends the apology (Mẫu 04).',
})
export class DeadlineRescheduledV1 extends DeadlineRefV1 {
  @IsISO8601({ strict: true })
  previousDueAt: string;

  @IsString()
  @Length(1, 1000)
  reason: string;

  @IsISO8601({ strict: true })
  rescheduledAt: string;

  @OptionalOfficerId()
  officerId?: string;
}

export const DEADLINE_DUE_SOON_V1 = defineEvent({
  name: 'deadline.due-soon',
  version: 1,
  topic: TOPICS.deadlineAlert,
  producer: 'deadline',
  summary: 'A dossier or petition deadline is close; the officer is warned.',
  dataClass: DeadlineDueSoonV1,
});

export const DEADLINE_OVERDUE_V1 = defineEvent({
  name: 'deadline.overdue',
  version: 1,
  topic: TOPICS.deadlineAlert,
  producer: 'deadline',
  summary: 'A deadline passed; petitions are escalated to the leader, dossiers count as late.',
  dataClass: DeadlineOverdueV1,
});

export const DEADLINE_RESCHEDULED_V1 = defineEvent({
  name: 'deadline.rescheduled',
  version: 1,
  topic: TOPICS.deadlineAlert,
  producer: 'deadline',
  summary: 'The one allowed new appointment was set with a reason; an apology letter follows.',
  dataClass: DeadlineRescheduledV1,
});
