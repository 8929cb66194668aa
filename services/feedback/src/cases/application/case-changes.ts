import { AuditEntry } from '@libs/audit';
import {
  FEEDBACK_CASE_ANSWERED_V1,
  FeedbackCaseAnsweredV1,
  FeedbackCaseOutcome,
} from '@libs/contracts';
import { EventFactory, OutboxEntry, OutboxRelay } from '@libs/messaging';

import { answerTiming } from '../domain/answer-timing';
import { FeedbackCase } from '../domain/feedback-case';
import { FeedbackCaseErrors } from '../domain/feedback-case.errors';
import { FeedbackCaseStore } from '../domain/feedback-case.store';

/**
 * Stores an officer's move on a case with its events and audit entry. The revision guard
 * refuses the move if another officer's landed since the case was read.
 */
export async function saveCaseChange(
  cases: FeedbackCaseStore,
  relay: OutboxRelay,
  change: { current: FeedbackCase; next: FeedbackCase; events: OutboxEntry[]; audit: AuditEntry },
): Promise<void> {
  const { current, next, events, audit } = change;
  const outcome = await cases.saveChange(next, current.revision, events, audit);
  if (outcome === 'stale') {
    throw FeedbackCaseErrors.changedMeanwhile(current.code);
  }
  if (events.length > 0) {
    relay.wake();
  }
}

/** feedback.case-answered.v1: the case's response deadline closes at `now`. */
export function caseAnsweredEvent(
  events: EventFactory,
  next: FeedbackCase,
  now: Date,
  outcome: FeedbackCaseOutcome,
): OutboxEntry {
  return events.create(
    FEEDBACK_CASE_ANSWERED_V1,
    Object.assign(new FeedbackCaseAnsweredV1(), {
      caseId: next.id,
      caseCode: next.code,
      communeCode: next.communeCode,
      provinceCode: next.provinceCode,
      kind: next.kind,
      answeredAt: now.toISOString(),
      ...answerTiming(next, now),
      outcome,
    }),
    { subject: next.id, time: now, communeCode: next.communeCode },
  );
}
