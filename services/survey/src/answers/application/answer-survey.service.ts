import { Injectable, Logger } from '@nestjs/common';

import { auditEntry } from '@libs/audit';
import { canWrite, historicalTime, Principal } from '@libs/auth';
import { Clock } from '@libs/clock';
import {
  SURVEY_ANSWERED_V1,
  SURVEY_DISSATISFACTION_REPORTED_V1,
  SurveyAnsweredV1,
  SurveyDissatisfactionReportedV1,
} from '@libs/contracts';
import { EventFactory, OutboxEntry, OutboxRelay } from '@libs/messaging';
import { currentCorrelation } from '@libs/observability';
import { Commune, CommuneDirectory } from '@libs/reference-data';

import { IndexProjector } from '../../indexes/application/index-projector.service';
import { surveyReference } from '../../invitations/application/survey-reference';
import { countingSubjectOf, Invitation } from '../../invitations/domain/invitation';
import { InvitationStore } from '../../invitations/domain/invitation.store';
import { SurveyCredentialStore } from '../../invitations/domain/survey-credential.store';
import {
  CredentialLookup,
  readCredential,
  sameDigest,
} from '../../invitations/domain/survey-credentials';
import { QuestionnaireService } from '../../questionnaires/application/questionnaire.service';
import { Questionnaire } from '../../questionnaires/domain/questionnaire';
import { SurveyAccessErrors } from '../domain/answer.errors';
import { AnswerSheet, readAnswerSheet } from '../domain/answer-sheet';

export interface OpenSurvey {
  invitation: Invitation;
  questionnaire: Questionnaire;
  commune: Commune;
}

/**
 * A paper form keyed by an officer: the same questionnaire checks as online, marked as paper
 * and audited under the officer's name (the citizen stays anonymous).
 */
export interface PaperEntry {
  principal: Principal;
  formNumber?: string;
  /** Historical entry (role system only): when the citizen answered. */
  answeredAt?: Date;
}

/** Citizens never identify themselves; the audit trail records the answer, not who gave it. */
const CITIZEN = { subject: 'citizen:survey-token', roles: [] };

@Injectable()
export class AnswerSurveyService {
  private readonly logger = new Logger(AnswerSurveyService.name);

  constructor(
    private readonly invitations: InvitationStore,
    private readonly credentials: SurveyCredentialStore,
    private readonly questionnaires: QuestionnaireService,
    private readonly projector: IndexProjector,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  /** The survey behind a link token or short code, if it can still be answered. */
  async open(credential: string): Promise<OpenSurvey> {
    const lookup = readCredential(credential);
    const invitationId = lookup ? await this.credentials.invitationIdOf(lookup) : null;
    const invitation = invitationId ? await this.invitations.findByIdAsSystem(invitationId) : null;
    // A replaced link or code (slip reissued) no longer opens the survey.
    if (!lookup || !invitation || !isCurrent(invitation, lookup)) {
      throw SurveyAccessErrors.notFound();
    }
    this.assertAnswerable(invitation, this.clock.now());
    const commune = this.communes.find(invitation.communeCode);
    if (!commune) {
      throw new Error(
        `Invitation ${invitation.id} names unknown commune ${invitation.communeCode}`,
      );
    }
    return {
      invitation,
      questionnaire: await this.questionnaires.pinned(invitation.questionnaireId),
      commune,
    };
  }

  /**
   * Stores the answer and uses the token in one conditional write, with its events in the
   * same document; then moves the counters. Nothing is stored when the answer is refused.
   */
  async answer(
    credential: string,
    raw: Record<string, unknown>,
    paper?: PaperEntry,
  ): Promise<{ answeredAt: Date }> {
    const now = this.clock.now();
    // Checked before anything is read, so a refused time reveals nothing about the code.
    const stated = paper && historicalTime(paper.answeredAt, paper.principal, now, 'answeredAt');
    const { invitation, questionnaire } = await this.open(credential);
    // An officer keys only the forms of the communes they work for; others are not found.
    if (paper && !canWrite(paper.principal, invitation)) {
      throw SurveyAccessErrors.notFound();
    }
    // open() has just read it successfully, so it is a credential.
    const used = readCredential(credential) as CredentialLookup;
    const sheet = readAnswerSheet(questionnaire, raw);
    const answeredAt = stated ?? now;
    const stored = await this.invitations.recordAnswer(
      invitation.id,
      used,
      {
        answeredAt,
        values: sheet.values,
        assessment: sheet.assessment,
        source: paper ? 'paper' : 'online',
        ...(paper ? { enteredBy: paper.principal.subject } : {}),
        ...(paper?.formNumber ? { formNumber: paper.formNumber } : {}),
      },
      this.answerEvents(invitation, sheet, answeredAt),
      auditEntry(
        paper ? paper.principal : CITIZEN,
        paper ? 'survey.answered-on-paper' : 'survey.answered',
        [{ field: 'status', from: JSON.stringify('open'), to: JSON.stringify('answered') }],
        now,
        currentCorrelation()?.correlationId,
      ),
    );
    if (!stored) {
      // The slip was reissued, another answer with the same token won, or the invitation
      // lapsed meanwhile. A replaced credential gets the same answer as an unknown one.
      const current = await this.invitations.findByIdAsSystem(invitation.id);
      if (!current || !isCurrent(current, used)) {
        throw SurveyAccessErrors.notFound();
      }
      this.assertAnswerable(current, now);
      throw SurveyAccessErrors.alreadyAnswered();
    }
    this.relay.wake();
    try {
      await this.projector.countAnswer(
        countingSubjectOf(invitation),
        invitation.id,
        sheet.assessment,
      );
      await this.invitations.markAnswerCounted(invitation.id);
    } catch (error) {
      // The answer is safely stored; the lifecycle scan counts it later, exactly once.
      this.logger.warn(`Counting answer ${invitation.id} deferred to the scan: ${String(error)}`);
    }
    return { answeredAt };
  }

  private assertAnswerable(invitation: Invitation, now: Date): void {
    if (invitation.usedAt || invitation.status === 'answered') {
      throw SurveyAccessErrors.alreadyAnswered();
    }
    if (invitation.status === 'expired' || invitation.expiresAt <= now) {
      throw SurveyAccessErrors.expired();
    }
  }

  private answerEvents(
    invitation: Invitation,
    sheet: AnswerSheet,
    answeredAt: Date,
  ): OutboxEntry[] {
    const { assessment } = sheet;
    const reference = {
      ...surveyReference(invitation),
      answeredAt: answeredAt.toISOString(),
      overallRating: assessment.overall,
    };
    const facts = { subject: invitation.id, time: answeredAt, communeCode: invitation.communeCode };
    const events = [
      this.events.create(
        SURVEY_ANSWERED_V1,
        Object.assign(new SurveyAnsweredV1(), {
          ...reference,
          dissatisfied: assessment.dissatisfied,
        }),
        facts,
      ),
    ];
    if (assessment.dissatisfied) {
      events.push(
        this.events.create(
          SURVEY_DISSATISFACTION_REPORTED_V1,
          Object.assign(new SurveyDissatisfactionReportedV1(), {
            ...reference,
            failedConductItems: assessment.failedConductItems,
            ...(assessment.comment ? { comment: assessment.comment } : {}),
          }),
          facts,
        ),
      );
    }
    return events;
  }
}

function isCurrent(invitation: Invitation, used: CredentialLookup): boolean {
  const current =
    used.kind === 'token' ? invitation.credentials.tokenHash : invitation.credentials.codeHash;
  return sameDigest(current, used.digest);
}
