import { BIRTH_REGISTERED_V1 } from './birth-registered.v1';
import { DEATH_REGISTERED_V1, MARRIAGE_REGISTERED_V1 } from './civil-status.v1';
import { DEADLINE_DUE_SOON_V1, DEADLINE_OVERDUE_V1, DEADLINE_RESCHEDULED_V1 } from './deadline.v1';
import {
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESULT_RETURNED_V1,
  DOSSIER_STATUS_CHANGED_V1,
} from './dossier.v1';
import { DOSSIER_FEE_PAID_V1 } from './dossier-payment.v1';
import { EventDefinition } from './event-definition';
import { FEEDBACK_CASE_ANSWERED_V1, FEEDBACK_CASE_OPENED_V1 } from './feedback.v1';
import { LETTER_CREATED_V1 } from './letter-created.v1';
import { LETTER_STATUS_CHANGED_V1 } from './letter-status-changed.v1';
import { SURVEY_ANSWERED_V1, SURVEY_DISSATISFACTION_REPORTED_V1 } from './survey.v1';
import { SURVEY_REMINDER_DUE_V1 } from './survey-reminder.v1';

/** Every event type the platform publishes. The AsyncAPI document is generated from it. */
export const EVENT_CATALOGUE: readonly EventDefinition[] = [
  BIRTH_REGISTERED_V1,
  MARRIAGE_REGISTERED_V1,
  DEATH_REGISTERED_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_STATUS_CHANGED_V1,
  DOSSIER_RESULT_RETURNED_V1,
  DOSSIER_FEE_PAID_V1,
  DEADLINE_DUE_SOON_V1,
  DEADLINE_OVERDUE_V1,
  DEADLINE_RESCHEDULED_V1,
  LETTER_CREATED_V1,
  LETTER_STATUS_CHANGED_V1,
  SURVEY_ANSWERED_V1,
  SURVEY_DISSATISFACTION_REPORTED_V1,
  SURVEY_REMINDER_DUE_V1,
  FEEDBACK_CASE_OPENED_V1,
  FEEDBACK_CASE_ANSWERED_V1,
];

export function findEventDefinition(type: string): EventDefinition | undefined {
  return EVENT_CATALOGUE.find((definition) => definition.type === type);
}
