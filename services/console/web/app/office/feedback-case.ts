import { FEEDBACK_CATEGORY_NAMES } from '../citizen/feedback-terms';
import { Translator } from '../i18n/i18n';
import { MessageKey } from '../i18n/messages';

/** feedback's CASE_STATUSES. */
const STATUS_NAMES = {
  received: 'caseStatusReceived',
  assigned: 'caseStatusAssigned',
  'in-progress': 'caseStatusInProgress',
  answered: 'caseStatusAnswered',
  closed: 'caseStatusClosed',
  duplicate: 'caseStatusDuplicate',
  'not-competent': 'caseStatusNotCompetent',
  routed: 'caseStatusRouted',
} as const satisfies Record<string, MessageKey>;

/** libs/contracts FEEDBACK_KINDS: what citizens write, and what surveys and receptions raise. */
const KIND_NAMES = {
  suggestion: 'kindSuggestion',
  petition: 'kindPetition',
  recommendation: 'kindRecommendation',
  dissatisfaction: 'kindDissatisfaction',
  'reception-issue': 'kindReceptionIssue',
} as const satisfies Record<string, MessageKey>;

/** libs/contracts FEEDBACK_CHANNELS. */
const CHANNEL_NAMES = {
  online: 'channelOnlineFeedback',
  'suggestion-box': 'channelBox',
  reception: 'channelReception',
  dialogue: 'channelDialogue',
  survey: 'channelSurvey',
} as const satisfies Record<string, MessageKey>;

/** States in which the office still owes the citizen an answer (feedback's OPEN_STATUSES). */
export const OPEN_STATUSES: readonly string[] = ['received', 'assigned', 'in-progress'];

/** What the console reads of feedback's FeedbackCaseResponseDto. */
export interface FeedbackCase {
  caseId: string;
  caseCode: string;
  communeCode: string;
  kind: string;
  kindLabel: string;
  channel: string;
  category: string;
  categoryLabel: string;
  content: string;
  contact?: { fullName: string; addressLine?: string; email?: string; phone?: string };
  status: string;
  statusLabel: string;
  nextStatuses: string[];
  assignee?: { type: string; name: string };
  expectedAnswerAt?: string;
  openedAt: string;
  answer?: { text: string; answeredAt: string; answeredBy: string };
  publication?: {
    status: 'published' | 'held-for-review';
    answer: string;
    summary?: string;
    reasons?: string[];
    publishedAt?: string;
  };
  escalated: boolean;
}

const known = <T extends object>(names: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(names, key);

/** A case's kind in the console's language, or its code when this build does not know it. */
export function caseKindName(t: Translator['t'], kind: string): string {
  return known(KIND_NAMES, kind) ? t(KIND_NAMES[kind]) : kind;
}

/**
 * A case's kind, category, channel and status in the console's language; a value added to
 * feedback after this build shows as the service's Vietnamese label (or its code).
 */
export function caseNames(t: Translator['t'], feedbackCase: FeedbackCase) {
  const { kind, category, channel, status } = feedbackCase;
  return {
    kind: known(KIND_NAMES, kind) ? t(KIND_NAMES[kind]) : feedbackCase.kindLabel,
    category: known(FEEDBACK_CATEGORY_NAMES, category)
      ? t(FEEDBACK_CATEGORY_NAMES[category])
      : feedbackCase.categoryLabel,
    channel: known(CHANNEL_NAMES, channel) ? t(CHANNEL_NAMES[channel]) : channel,
    status: known(STATUS_NAMES, status) ? t(STATUS_NAMES[status]) : feedbackCase.statusLabel,
  };
}

/** Two days' notice, as the desk warns of dossiers. */
const DUE_SOON_MS = 2 * 86_400_000;

/**
 * Whether the answer is late: only an open case with an expected time can be; the
 * deadline service keeps the legal clock, this is the list's reading of the same date.
 */
export function answerAlert(
  feedbackCase: Pick<FeedbackCase, 'status' | 'expectedAnswerAt'>,
  now: number,
): 'overdue' | 'due-soon' | 'none' | undefined {
  if (!OPEN_STATUSES.includes(feedbackCase.status) || !feedbackCase.expectedAnswerAt) {
    return undefined;
  }
  const due = Date.parse(feedbackCase.expectedAnswerAt);
  return due < now ? 'overdue' : due - now < DUE_SOON_MS ? 'due-soon' : 'none';
}

export const ALERT_NAMES = {
  overdue: 'alertOverdue',
  'due-soon': 'alertDueSoon',
  none: 'alertNone',
} as const satisfies Record<string, MessageKey>;
