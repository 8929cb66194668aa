import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import { assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { EventFactory, OutboxRelay } from '@libs/messaging';
import { currentCorrelation } from '@libs/observability';

import { applyProcedureAction, ProcedureAction } from '../domain/case-routing';
import { FeedbackCase } from '../domain/feedback-case';
import { FeedbackCaseErrors } from '../domain/feedback-case.errors';
import { FeedbackCaseStore } from '../domain/feedback-case.store';
import { caseAnsweredEvent, saveCaseChange } from './case-changes';

const AUDIT_ACTIONS: Record<ProcedureAction['type'], string> = {
  route: 'feedback-case.routed',
  accept: 'feedback-case.accepted',
  extend: 'feedback-case.resolution-extended',
};

/** Complaints and denunciations: routing out of the petition flow, acceptance, extensions. */
@Injectable()
export class LetterProcedureService {
  constructor(
    private readonly cases: FeedbackCaseStore,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  async act(id: string, action: ProcedureAction, principal: Principal): Promise<FeedbackCase> {
    const current = await this.cases.findById(id, tenantScopeOf(principal));
    if (!current) {
      throw FeedbackCaseErrors.notFound(id);
    }
    assertCanWrite(principal, current);
    const now = this.clock.now();
    const next = applyProcedureAction(current, action, {
      now,
      by: principal.name ?? principal.subject,
    });
    // Routing closes the petition deadline the case-opened event started.
    const events =
      current.status !== 'routed'
        ? [caseAnsweredEvent(this.events, next, now, 'not-competent')]
        : [];
    const audit = auditEntry(
      principal,
      AUDIT_ACTIONS[action.type],
      diffSnapshots(
        { status: current.status, route: current.statutoryRoute },
        { status: next.status, route: next.statutoryRoute },
      ),
      now,
      currentCorrelation()?.correlationId,
    );
    await saveCaseChange(this.cases, this.relay, { current, next, events, audit });
    return next;
  }
}
