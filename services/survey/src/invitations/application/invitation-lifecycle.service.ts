import { Injectable, Logger } from '@nestjs/common';

import { AuditActor, auditEntry } from '@libs/audit';
import { Clock } from '@libs/clock';
import { SURVEY_REMINDER_DUE_V1, SurveyReminderDueV1 } from '@libs/contracts';
import { EventFactory, OutboxRelay } from '@libs/messaging';

import { IndexProjector } from '../../indexes/application/index-projector.service';
import { countingSubjectOf, Invitation } from '../domain/invitation';
import { InvitationStore } from '../domain/invitation.store';
import { InvitationIssuer } from './invitation-issuer.service';
import { surveyReference } from './survey-reference';

const BATCH = 200;
const SCANNER: AuditActor = { subject: 'system:survey-scan', roles: ['system'] };

export interface ScanOutcome {
  expired: number;
  reminded: number;
  recounted: number;
}

/**
 * What time does to invitations, read from the injected clock: one reminder after the
 * configured days if still unanswered, expiry after the configured days, and the repair of
 * counts a crash interrupted. Each step is a conditional write, so replicas may overlap.
 */
@Injectable()
export class InvitationLifecycleService {
  private readonly logger = new Logger(InvitationLifecycleService.name);

  constructor(
    private readonly invitations: InvitationStore,
    private readonly issuer: InvitationIssuer,
    private readonly projector: IndexProjector,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  async scan(): Promise<ScanOutcome> {
    const now = this.clock.now();
    const expiry = auditEntry(
      SCANNER,
      'survey.invitation.expired',
      [{ field: 'status', from: JSON.stringify('open'), to: JSON.stringify('expired') }],
      now,
    );
    let expired = 0;
    for (;;) {
      const batch = await this.invitations.expireDue(now, expiry, BATCH);
      expired += batch;
      if (batch < BATCH) {
        break;
      }
    }
    let reminded = 0;
    for (;;) {
      const due = await this.invitations.findDueReminders(now, BATCH);
      let progressed = 0;
      for (const invitation of due) {
        if (await this.remind(invitation, now)) {
          progressed += 1;
        }
      }
      reminded += progressed;
      if (due.length < BATCH || progressed === 0) {
        break;
      }
    }
    if (reminded > 0) {
      this.relay.wake();
    }
    const recounted = await this.repairCounts();
    if (expired + reminded + recounted > 0) {
      this.logger.log(
        `Survey scan: ${expired} expired, ${reminded} reminded, ${recounted} recounted`,
      );
    }
    return { expired, reminded, recounted };
  }

  private async remind(invitation: Invitation, now: Date): Promise<boolean> {
    const event = this.events.create(
      SURVEY_REMINDER_DUE_V1,
      Object.assign(new SurveyReminderDueV1(), {
        ...surveyReference(invitation),
        dossierId: invitation.dossierId,
        dossierCode: invitation.dossierCode,
        reminderNumber: 1,
        issuedAt: invitation.issuedAt.toISOString(),
        expiresAt: invitation.expiresAt.toISOString(),
      }),
      { subject: invitation.id, time: now, communeCode: invitation.communeCode },
    );
    return this.invitations.recordReminder(
      invitation.id,
      now,
      [event],
      auditEntry(
        SCANNER,
        'survey.invitation.reminded',
        [{ field: 'remindedAt', to: JSON.stringify(now) }],
        now,
      ),
    );
  }

  /** Counts what a crash left uncounted; the counters' own guard makes this idempotent. */
  private async repairCounts(): Promise<number> {
    const pending = await this.invitations.findUncounted(BATCH);
    for (const invitation of pending) {
      await this.issuer.countIssued(invitation);
      if (invitation.answer && !invitation.answerCounted) {
        await this.projector.countAnswer(
          countingSubjectOf(invitation),
          invitation.id,
          invitation.answer.assessment,
        );
        await this.invitations.markAnswerCounted(invitation.id);
      }
    }
    return pending.length;
  }
}
