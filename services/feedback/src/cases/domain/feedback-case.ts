import { FeedbackCaseOutcome, FeedbackChannel, FeedbackKind } from '@libs/contracts';

import { FeedbackCaseErrors } from './feedback-case.errors';
import { StatutoryRoute } from './letter-procedures';
import { screenForPublication, UncertainMention } from './public-text';

/**
 * Case states after Open311 GeoReport v2 and FixMyStreet, keeping the ones a commune office
 * uses: FixMyStreet's "confirmed" is our "received" (a citizen's letter needs no e-mail
 * confirmation), "investigating" and "action scheduled" fold into "in-progress", "fixed"
 * is "answered" (a petition is settled by a written answer), "not responsible" is
 * "not-competent", and "duplicate" and "closed" keep their names.
 */
export const CASE_STATUSES = [
  'received',
  'assigned',
  'in-progress',
  'answered',
  'closed',
  'duplicate',
  'not-competent',
  // a complaint or denunciation taken out of the petition flow (see letter-procedures.ts)
  'routed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  received: 'Đã tiếp nhận',
  assigned: 'Đã phân công',
  'in-progress': 'Đang xử lý',
  answered: 'Đã trả lời',
  closed: 'Đã kết thúc',
  duplicate: 'Trùng với phản ánh khác',
  'not-competent': 'Không thuộc thẩm quyền',
  routed: 'Đã chuyển giải quyết theo thủ tục khiếu nại, tố cáo',
};

/** Every legal move; anything else is refused with 409. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  received: ['assigned', 'duplicate', 'not-competent', 'routed'],
  // Reassigning keeps the state; answering needs someone responsible first.
  assigned: ['assigned', 'in-progress', 'answered', 'duplicate', 'not-competent', 'routed'],
  'in-progress': ['assigned', 'answered', 'duplicate', 'not-competent'],
  answered: ['closed'],
  closed: [],
  duplicate: [],
  'not-competent': [],
  // acceptance and extensions keep the state; the case closes when its decision is issued
  routed: ['routed', 'closed'],
};

/** States in which the office still owes the citizen something. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'assigned', 'in-progress'];

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  suggestion: 'Góp ý',
  petition: 'Phản ánh',
  recommendation: 'Kiến nghị',
  dissatisfaction: 'Ý kiến không hài lòng qua phiếu khảo sát',
  'reception-issue': 'Vấn đề nêu tại buổi tiếp công dân, đối thoại',
};

/** What citizens may write about; the officer corrects the category when assigning. */
export const FEEDBACK_CATEGORIES = [
  'administrative-procedure',
  'officer-conduct',
  'land-construction',
  'environment',
  'infrastructure',
  'public-order',
  'social-policy',
  'other',
] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

export const FEEDBACK_CATEGORY_LABELS: Record<FeedbackCategory, string> = {
  'administrative-procedure': 'Thủ tục hành chính',
  'officer-conduct': 'Thái độ, tác phong của cán bộ',
  'land-construction': 'Đất đai, xây dựng',
  environment: 'Vệ sinh, môi trường',
  infrastructure: 'Hạ tầng, giao thông, điện nước',
  'public-order': 'An ninh, trật tự',
  'social-policy': 'Chính sách xã hội',
  other: 'Lĩnh vực khác',
};

/** Kinds a citizen chooses when writing (online or on paper). */
export const CITIZEN_KINDS = ['suggestion', 'petition', 'recommendation'] as const;
export type CitizenKind = (typeof CITIZEN_KINDS)[number];

export const MAX_CONTENT_LENGTH = 5000;

export interface CaseContact {
  fullName: string;
  addressLine?: string;
  email?: string;
  phone?: string;
}

export const ASSIGNEE_TYPES = ['officer', 'unit', 'leader'] as const;
export type AssigneeType = (typeof ASSIGNEE_TYPES)[number];

export interface CaseAssignee {
  type: AssigneeType;
  /** Account subject of the officer or leader, when known. */
  id?: string;
  name: string;
}

export type CaseOriginType = 'online' | 'box-opening' | 'reception' | 'survey';

/** Where the case came from; `id` and `index` name the opening, reception or invitation. */
export interface CaseOrigin {
  type: CaseOriginType;
  id?: string;
  index?: number;
}

export interface CaseAnswer {
  text: string;
  answeredAt: Date;
  answeredBy: string;
}

/** What the public list shows: no contact, and names, numbers and e-mails masked. */
export interface PublicAnswer {
  summary?: string;
  answer: string;
  /** Absent while the text waits for an officer's review. */
  publishedAt?: Date;
  /** The masked text may still name the citizen: an officer reads it before it is published. */
  heldForReview?: { reasons: UncertainMention[]; heldAt: Date };
  /** Who published a held text after reading it. */
  reviewedBy?: string;
}

export const NOTIFICATION_CHANNELS = ['email', 'sms', 'post', 'public-list'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * How the citizen learns of the answer. Correspondence owns letters and messages, so the
 * case only records the intent; without contact details the public list is the notice.
 */
export interface AnswerNotification {
  channel: NotificationChannel;
  status: 'notification-pending' | 'published-only';
  recordedAt: Date;
}

export interface CaseEscalation {
  to: 'leader';
  escalatedAt: Date;
  deadlineId: string;
  dueAt: Date;
  reason: string;
}

export interface FeedbackCase {
  id: string;
  code: string;
  communeCode: string;
  provinceCode: string;
  kind: FeedbackKind;
  channel: FeedbackChannel;
  category: FeedbackCategory;
  content: string;
  contact?: CaseContact;
  status: CaseStatus;
  assignee?: CaseAssignee;
  /** Working days the office has to answer; absent when no answer is owed. */
  responseWorkingDays?: number;
  /** Expected answer time (Open311 expected_datetime); the deadline service keeps the clock. */
  responseDueAt?: Date;
  openedAt: Date;
  origin: CaseOrigin;
  answer?: CaseAnswer;
  publicAnswer?: PublicAnswer;
  answerNotification?: AnswerNotification;
  duplicateOf?: { caseId: string; caseCode: string };
  decline?: { reason: string; referredTo?: string };
  escalation?: CaseEscalation;
  closedAt?: Date;
  /** End of the period for handling the letter (xử lý đơn), separate from answering it. */
  handlingDueAt?: Date;
  /** Set when the letter is a complaint or denunciation and follows that law instead. */
  statutoryRoute?: StatutoryRoute;
  /** Bumped by every change; a write based on an older revision is refused. */
  revision: number;
}

export type CaseAction =
  | { type: 'assign'; assignee: CaseAssignee; category?: FeedbackCategory }
  | { type: 'start' }
  | { type: 'answer'; text: string; publicSummary?: string; answeredBy: string }
  | { type: 'publish-answer'; text?: string; publicSummary?: string; reviewedBy: string }
  | { type: 'close' }
  | { type: 'mark-duplicate'; of: { caseId: string; caseCode: string } }
  | { type: 'decline'; reason: string; referredTo?: string };

const TARGET_STATUS: Record<CaseAction['type'], CaseStatus> = {
  assign: 'assigned',
  start: 'in-progress',
  answer: 'answered',
  'publish-answer': 'answered',
  close: 'closed',
  'mark-duplicate': 'duplicate',
  decline: 'not-competent',
};

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** Text as officers and citizens meant it: NFC, no control characters, tidy spaces. */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** A one-line value (names, addresses): NFC, single spaces. */
export function normalizeLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Checks a free text the way the desk would: not blank, not longer than a page or two. */
export function checkedText(
  raw: string,
  field: string,
  maxLength: number = MAX_CONTENT_LENGTH,
): string {
  const text = normalizeText(raw);
  if (!text) {
    throw FeedbackCaseErrors.invalid([{ field, message: 'Nội dung không được để trống.' }]);
  }
  if (text.length > maxLength) {
    throw FeedbackCaseErrors.invalid([
      { field, message: `Nội dung không được dài quá ${maxLength} ký tự.` },
    ]);
  }
  return text;
}

export function normalizeContact(contact: CaseContact): CaseContact {
  const fullName = normalizeLine(contact.fullName);
  if (!fullName) {
    throw FeedbackCaseErrors.invalid([
      { field: 'contact.fullName', message: 'Họ tên không được để trống.' },
    ]);
  }
  const addressLine = contact.addressLine && normalizeLine(contact.addressLine);
  const email = contact.email?.trim().toLowerCase();
  const phone = contact.phone?.replace(/[\s.()-]/g, '');
  return {
    fullName,
    ...(addressLine ? { addressLine } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
  };
}

/** "PA-14797-2026-0001": commune, Vietnam calendar year, sequence within the year. */
export function formatCaseCode(communeCode: string, year: number, sequence: number): string {
  return `PA-${communeCode}-${year}-${String(sequence).padStart(4, '0')}`;
}

export function answerNotificationFor(
  contact: CaseContact | undefined,
  now: Date,
): AnswerNotification {
  const channel: NotificationChannel = contact?.email
    ? 'email'
    : contact?.phone
      ? 'sms'
      : contact?.addressLine
        ? 'post'
        : 'public-list';
  return {
    channel,
    status: channel === 'public-list' ? 'published-only' : 'notification-pending',
    recordedAt: now,
  };
}

/** The outcome the deadline service and other agencies see when a case is settled. */
export function settlementOutcome(status: CaseStatus): FeedbackCaseOutcome | undefined {
  switch (status) {
    case 'answered':
      return 'answered';
    case 'duplicate':
      return 'duplicate';
    case 'not-competent':
      return 'not-competent';
    // The petition clock stops: the letter is no petition (contract v1 has no closer outcome).
    case 'routed':
      return 'not-competent';
    case 'received':
    case 'assigned':
    case 'in-progress':
    case 'closed':
      return undefined;
  }
}

/**
 * Applies an officer's action to a case, refusing moves the transition table does not
 * allow. Pure: the caller stores the result against the revision it read.
 */
export function applyAction(current: FeedbackCase, action: CaseAction, now: Date): FeedbackCase {
  if (action.type === 'publish-answer') {
    return publishHeldAnswer(current, action, now);
  }
  const to = TARGET_STATUS[action.type];
  if (!canMove(current.status, to)) {
    throw FeedbackCaseErrors.transitionNotAllowed(
      CASE_STATUS_LABELS[current.status],
      CASE_STATUS_LABELS[to],
    );
  }
  const next: FeedbackCase = { ...current, status: to, revision: current.revision + 1 };
  switch (action.type) {
    case 'assign':
      return {
        ...next,
        assignee: {
          type: action.assignee.type,
          ...(action.assignee.id ? { id: action.assignee.id } : {}),
          name: normalizeLine(action.assignee.name),
        },
        category: action.category ?? current.category,
      };
    case 'start':
      return next;
    case 'answer': {
      const text = checkedText(action.text, 'answer');
      const summary =
        action.publicSummary === undefined
          ? undefined
          : checkedText(action.publicSummary, 'publicSummary', 1000);
      const screened = screenForPublication(text, current.contact);
      const screenedSummary = summary ? screenForPublication(summary, current.contact) : undefined;
      const reasons = [...new Set([...screened.uncertain, ...(screenedSummary?.uncertain ?? [])])];
      return {
        ...next,
        answer: { text, answeredAt: now, answeredBy: action.answeredBy },
        publicAnswer: {
          ...(screenedSummary ? { summary: screenedSummary.text } : {}),
          answer: screened.text,
          ...(reasons.length > 0
            ? { heldForReview: { reasons, heldAt: now } }
            : { publishedAt: now }),
        },
        answerNotification: answerNotificationFor(current.contact, now),
      };
    }
    case 'close':
      return { ...next, closedAt: now };
    case 'mark-duplicate':
      if (action.of.caseId === current.id) {
        throw FeedbackCaseErrors.duplicateOfItself();
      }
      return { ...next, duplicateOf: action.of };
    case 'decline': {
      const reason = checkedText(action.reason, 'reason', 2000);
      const referredTo = action.referredTo && normalizeLine(action.referredTo);
      return { ...next, decline: { reason, ...(referredTo ? { referredTo } : {}) } };
    }
  }
}

/**
 * Publishes an answer held for review, once an officer has read it, optionally in words
 * they corrected; what certainly identifies the citizen is masked again either way.
 */
function publishHeldAnswer(
  current: FeedbackCase,
  action: Extract<CaseAction, { type: 'publish-answer' }>,
  now: Date,
): FeedbackCase {
  const held = current.publicAnswer;
  if (!held?.heldForReview || current.status !== 'answered') {
    throw FeedbackCaseErrors.notHeldForReview(current.code);
  }
  const answer =
    action.text === undefined
      ? held.answer
      : screenForPublication(checkedText(action.text, 'answer'), current.contact).text;
  const summary =
    action.publicSummary === undefined
      ? held.summary
      : screenForPublication(
          checkedText(action.publicSummary, 'publicSummary', 1000),
          current.contact,
        ).text;
  return {
    ...current,
    revision: current.revision + 1,
    publicAnswer: {
      ...(summary ? { summary } : {}),
      answer,
      publishedAt: now,
      reviewedBy: action.reviewedBy,
    },
  };
}
