import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { assertCanWrite, historicalTime, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { FeedbackKind } from '@libs/contracts';
import { EventFactory, OutboxEntry, OutboxRelay } from '@libs/messaging';
import { currentCorrelation } from '@libs/observability';

import {
  applyAction,
  CaseAction,
  CaseAssignee,
  CaseStatus,
  FeedbackCase,
  FeedbackCategory,
  settlementOutcome,
} from '../domain/feedback-case';
import { FeedbackCaseErrors } from '../domain/feedback-case.errors';
import { FeedbackCaseStore } from '../domain/feedback-case.store';
import { caseAnsweredEvent, saveCaseChange } from './case-changes';

/** What an officer asks for; the service fills in who did it. */
export type OfficerAction =
  | { type: 'assign'; assignee: CaseAssignee; category?: FeedbackCategory }
  | { type: 'start' }
  | { type: 'answer'; text: string; publicSummary?: string; answeredAt?: Date }
  | { type: 'publish-answer'; text?: string; publicSummary?: string }
  | { type: 'close' }
  | { type: 'mark-duplicate'; duplicateOfCaseCode: string }
  | { type: 'decline'; reason: string; referredTo?: string };

export interface CaseQuery {
  communeCode?: string;
  status?: CaseStatus;
  kind?: FeedbackKind;
  escalated?: boolean;
  code?: string;
  limit?: number;
}

const AUDIT_ACTIONS: Record<OfficerAction['type'], string> = {
  assign: 'feedback-case.assigned',
  start: 'feedback-case.started',
  answer: 'feedback-case.answered',
  'publish-answer': 'feedback-case.answer-published',
  close: 'feedback-case.closed',
  'mark-duplicate': 'feedback-case.marked-duplicate',
  decline: 'feedback-case.declined',
};

/** An officer's or leader's handling of a case, one legal move at a time. */
@Injectable()
export class CaseWorkflowService {
  constructor(
    private readonly cases: FeedbackCaseStore,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  async get(id: string, principal: Principal): Promise<FeedbackCase> {
    // Another commune's case is simply not found.
    const feedbackCase = await this.cases.findById(id, tenantScopeOf(principal));
    if (!feedbackCase) {
      throw FeedbackCaseErrors.notFound(id);
    }
    return feedbackCase;
  }

  search(query: CaseQuery, principal: Principal): Promise<FeedbackCase[]> {
    return this.cases.search({
      ...query,
      scope: tenantScopeOf(principal),
      limit: query.limit ?? 50,
    });
  }

  async act(id: string, request: OfficerAction, principal: Principal): Promise<FeedbackCase> {
    const recordedAt = this.clock.now();
    // Historical entry (role system): the answer keeps the time it was really given.
    const stated =
      request.type === 'answer'
        ? historicalTime(request.answeredAt, principal, recordedAt, 'answeredAt')
        : undefined;
    const current = await this.get(id, principal);
    assertCanWrite(principal, current);
    if (stated && stated < current.openedAt) {
      throw FeedbackCaseErrors.invalid([
        { field: 'answeredAt', message: 'Thời điểm trả lời không được trước khi nhận ý kiến.' },
      ]);
    }
    const action = await this.resolve(request, current, principal);
    const now = stated ?? recordedAt;
    const next = applyAction(current, action, now);
    const events = this.settlementEvents(current, next, now);
    const audit = auditEntry(
      principal,
      AUDIT_ACTIONS[request.type],
      diffSnapshots(auditSnapshot(current), auditSnapshot(next)),
      recordedAt,
      currentCorrelation()?.correlationId,
    );
    await saveCaseChange(this.cases, this.relay, { current, next, events, audit });
    return next;
  }

  /** feedback.case-answered.v1 when the move settles the case (answer, duplicate, decline). */
  private settlementEvents(current: FeedbackCase, next: FeedbackCase, now: Date): OutboxEntry[] {
    const outcome = settlementOutcome(next.status);
    if (!outcome || next.status === current.status) {
      return [];
    }
    return [caseAnsweredEvent(this.events, next, now, outcome)];
  }

  private async resolve(
    request: OfficerAction,
    current: FeedbackCase,
    principal: Principal,
  ): Promise<CaseAction> {
    switch (request.type) {
      case 'answer': {
        const { answeredAt: _answeredAt, ...answer } = request;
        return { ...answer, answeredBy: principal.name ?? principal.subject };
      }
      case 'publish-answer':
        return { ...request, reviewedBy: principal.name ?? principal.subject };
      case 'mark-duplicate': {
        const original = await this.cases.findByCode(
          request.duplicateOfCaseCode,
          tenantScopeOf(principal),
        );
        if (!original || original.communeCode !== current.communeCode) {
          throw FeedbackCaseErrors.duplicateTargetNotFound(request.duplicateOfCaseCode);
        }
        if (original.status === 'duplicate') {
          throw FeedbackCaseErrors.duplicateTargetIsDuplicate(original.code);
        }
        return { type: 'mark-duplicate', of: { caseId: original.id, caseCode: original.code } };
      }
      case 'assign':
      case 'start':
      case 'close':
      case 'decline':
        return request;
    }
  }
}

/** The fields whose changes the audit trail records (not the citizen's letter or contact). */
function auditSnapshot(feedbackCase: FeedbackCase): Record<string, unknown> {
  return {
    status: feedbackCase.status,
    category: feedbackCase.category,
    assignee: feedbackCase.assignee,
    answer: feedbackCase.answer?.text,
    publication: feedbackCase.publicAnswer
      ? feedbackCase.publicAnswer.publishedAt
        ? 'published'
        : 'held-for-review'
      : undefined,
    duplicateOf: feedbackCase.duplicateOf?.caseCode,
    decline: feedbackCase.decline,
    closedAt: feedbackCase.closedAt?.toISOString(),
  };
}
