import { IsInt, IsISO8601, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

import { TOPICS } from '../topics/topic-catalogue';
import { defineEvent } from './event-definition';
import { SurveyRefV1 } from './survey.v1';

@JSONSchema({
  description:
    'A survey invitation is still unanswered after the reminder delay; a notifier may remind the applicant of the dossier (the code is on their return slip). No answer data.',
})
export class SurveyReminderDueV1 extends SurveyRefV1 {
  @IsUUID()
  dossierId: string;

  @JSONSchema({ description: 'National dossier code, to find the applicant in intake data.' })
  @IsString()
  @Length(5, 60)
  dossierCode: string;

  @IsInt()
  @Min(1)
  @Max(10)
  reminderNumber: number;

  @IsISO8601({ strict: true })
  issuedAt: string;

  @JSONSchema({ description: 'Last moment the invitation can be answered (RFC 3339).' })
  @IsISO8601({ strict: true })
  expiresAt: string;
}

export const SURVEY_REMINDER_DUE_V1 = defineEvent({
  name: 'survey.reminder-due',
  version: 1,
  topic: TOPICS.surveyResponse,
  producer: 'survey',
  summary: 'An unanswered survey invitation is due for its reminder.',
  dataClass: SurveyReminderDueV1,
});
