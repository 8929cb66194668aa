import { vietnamCalendarDate } from '@libs/clock';
import {
  BIRTH_REGISTERED_V1,
  BirthRegisteredV1,
  DEADLINE_OVERDUE_V1,
  DeadlineOverdueV1,
  DEATH_REGISTERED_V1,
  DeathRegisteredV1,
  DOSSIER_FEE_PAID_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESULT_RETURNED_V1,
  DossierFeePaidV1,
  DossierReceivedV1,
  DossierResultReturnedV1,
  EventDefinition,
  FEEDBACK_CASE_ANSWERED_V1,
  FEEDBACK_CASE_OPENED_V1,
  FeedbackCaseAnsweredV1,
  FeedbackCaseOpenedV1,
  LETTER_CREATED_V1,
  LetterCreatedV1,
  MARRIAGE_REGISTERED_V1,
  MarriageRegisteredV1,
  SURVEY_ANSWERED_V1,
  SurveyAnsweredV1,
} from '@libs/contracts';

/** The event types the projections count; every other type on their topics is skipped. */
export const PROJECTED_EVENTS: readonly EventDefinition[] = [
  BIRTH_REGISTERED_V1,
  MARRIAGE_REGISTERED_V1,
  DEATH_REGISTERED_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESULT_RETURNED_V1,
  DOSSIER_FEE_PAID_V1,
  DEADLINE_OVERDUE_V1,
  LETTER_CREATED_V1,
  SURVEY_ANSWERED_V1,
  FEEDBACK_CASE_OPENED_V1,
  FEEDBACK_CASE_ANSWERED_V1,
];

/**
 * Counter names of a commune-day bucket. Maps are flattened with a colon so one `$inc`
 * moves them: `channel:<channel>`, `letter:<kind>`, `rating:<1-5>`, `hours:<n>` (returned
 * dossiers whose processing took n whole hours, rounded up; the p90 is read from it).
 */
export type DayCounts = Record<string, number>;

/** What one event adds to the bucket of its commune and its business day (Vietnam time). */
export interface DayContribution {
  communeCode: string;
  /** YYYY-MM-DD in Asia/Ho_Chi_Minh of the event's business timestamp. */
  day: string;
  increments: DayCounts;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const dayOf = (instant: string): string => vietnamCalendarDate(new Date(instant));

/**
 * The contribution of one contract-valid event, or null for a type the projections do not
 * count. Pure: the same event always gives the same contribution, so a replay rebuilds the
 * same figures. Dates are the facts' own (historical imports carry past dates).
 */
export function contributionOf(type: string, data: unknown): DayContribution | null {
  switch (type) {
    case BIRTH_REGISTERED_V1.type:
    case MARRIAGE_REGISTERED_V1.type:
    case DEATH_REGISTERED_V1.type: {
      const event = data as BirthRegisteredV1 | MarriageRegisteredV1 | DeathRegisteredV1;
      const counter =
        type === BIRTH_REGISTERED_V1.type
          ? 'births'
          : type === MARRIAGE_REGISTERED_V1.type
            ? 'marriages'
            : 'deaths';
      return at(event.communeCode, event.registeredAt, { [counter]: 1 });
    }
    case DOSSIER_RECEIVED_V1.type: {
      const event = data as DossierReceivedV1;
      return at(event.communeCode, event.receivedAt, {
        received: 1,
        [`channel:${event.channel}`]: 1,
      });
    }
    case DOSSIER_RESULT_RETURNED_V1.type: {
      const event = data as DossierResultReturnedV1;
      const elapsed = Math.max(
        0,
        new Date(event.returnedAt).getTime() - new Date(event.receivedAt).getTime(),
      );
      return at(event.communeCode, event.returnedAt, {
        returned: 1,
        [event.onTime ? 'returnedOnTime' : 'returnedLate']: 1,
        processingMinutes: Math.round(elapsed / MINUTE_MS),
        [`hours:${Math.ceil(elapsed / HOUR_MS)}`]: 1,
      });
    }
    case DOSSIER_FEE_PAID_V1.type: {
      const event = data as DossierFeePaidV1;
      return at(event.communeCode, event.paidAt, {
        feePayments: 1,
        ...(event.method === 'cashless' ? { feePaymentsCashless: 1 } : {}),
      });
    }
    case DEADLINE_OVERDUE_V1.type: {
      // A petition whose response deadline passes is escalated to the leader (feedback).
      const event = data as DeadlineOverdueV1;
      return at(event.communeCode, event.dueAt, {
        [event.subjectType === 'dossier' ? 'dossiersOverdue' : 'feedbackEscalated']: 1,
      });
    }
    case LETTER_CREATED_V1.type: {
      const event = data as LetterCreatedV1;
      return at(event.communeCode, event.occasionAt ?? event.createdAt, {
        [`letter:${event.kind}`]: 1,
      });
    }
    case SURVEY_ANSWERED_V1.type: {
      const event = data as SurveyAnsweredV1;
      return at(event.communeCode, event.answeredAt, {
        surveyAnswers: 1,
        [`rating:${event.overallRating}`]: 1,
      });
    }
    case FEEDBACK_CASE_OPENED_V1.type: {
      const event = data as FeedbackCaseOpenedV1;
      // A dissatisfied survey answer opens a case too; it is counted with the surveys.
      const fromSurvey = event.kind === 'dissatisfaction';
      return at(event.communeCode, event.openedAt, {
        [fromSurvey ? 'feedbackFromSurveys' : 'feedbackReceived']: 1,
        ...(event.contact ? { feedbackWithContact: 1 } : {}),
      });
    }
    case FEEDBACK_CASE_ANSWERED_V1.type: {
      const event = data as FeedbackCaseAnsweredV1;
      if (event.kind === 'dissatisfaction') {
        return at(event.communeCode, event.answeredAt, { feedbackFromSurveysSettled: 1 });
      }
      const onTime =
        event.onTime ??
        (event.dueAt ? new Date(event.answeredAt) <= new Date(event.dueAt) : undefined);
      return at(event.communeCode, event.answeredAt, {
        feedbackAnswered: 1,
        ...(onTime === undefined
          ? {}
          : { [onTime ? 'feedbackAnsweredOnTime' : 'feedbackAnsweredLate']: 1 }),
      });
    }
    default:
      return null;
  }
}

function at(communeCode: string, instant: string, increments: DayCounts): DayContribution {
  return { communeCode, day: dayOf(instant), increments };
}
