import { Injectable, Logger } from '@nestjs/common';

import { AuditActor, auditEntry } from '@libs/audit';
import { Clock } from '@libs/clock';

import { SurveyEnvironment } from '../../config/survey.environment';
import { IndexProjector } from '../../indexes/application/index-projector.service';
import { Questionnaire } from '../../questionnaires/domain/questionnaire';
import {
  countingSubjectOf,
  Invitation,
  invitationIdFor,
  invitationSchedule,
  RESIDENT_DOSSIER_PREFIX,
} from '../domain/invitation';
import { InvitationStore } from '../domain/invitation.store';
import { ReturnedDossier } from '../domain/returned-dossier';
import { SurveyCredentialStore } from '../domain/survey-credential.store';
import {
  codeDigest,
  generateCredentials,
  SurveyCredentials,
  tokenDigest,
} from '../domain/survey-credentials';

const CREDENTIAL_ATTEMPTS = 5;

export interface IssueRequest {
  campaignId: string | null;
  questionnaire: Questionnaire;
  actor: AuditActor;
  /** The request's or event's correlation id, when it runs inside one. */
  correlationId?: string | undefined;
}

/** Issues invitations: one per dossier (and per campaign), whatever the retries. */
@Injectable()
export class InvitationIssuer {
  private readonly logger = new Logger(InvitationIssuer.name);

  constructor(
    private readonly invitations: InvitationStore,
    private readonly credentials: SurveyCredentialStore,
    private readonly projector: IndexProjector,
    private readonly environment: SurveyEnvironment,
    private readonly clock: Clock,
  ) {}

  async issue(
    dossier: ReturnedDossier,
    request: IssueRequest,
  ): Promise<{ invitation: Invitation; created: boolean }> {
    const { credentials, digests } = await this.reserveCredentials(
      invitationIdFor(dossier.dossierId, request.campaignId),
    );
    const invitation = this.build(dossier, request, digests);
    const outcome = await this.invitations.insert(
      invitation,
      credentials,
      auditEntry(
        request.actor,
        'survey.invitation.issued',
        [
          { field: 'status', to: JSON.stringify('open') },
          { field: 'expiresAt', to: JSON.stringify(invitation.expiresAt) },
        ],
        invitation.issuedAt,
        request.correlationId,
      ),
    );
    if (outcome === 'created') {
      await this.countIssued(invitation);
      return { invitation, created: true };
    }
    // A redelivered event or a resumed campaign: the invitation exists, keep its credentials.
    await this.credentials.release(digests);
    const existing = await this.invitations.findByIdAsSystem(invitation.id);
    if (!existing) {
      throw new Error(`Invitation ${invitation.id} was refused as a duplicate but is missing`);
    }
    await this.countIssued(existing);
    return { invitation: existing, created: false };
  }

  /** Draws a link token and short code no other invitation holds, and reserves them. */
  async reserveCredentials(
    invitationId: string,
  ): Promise<{ credentials: SurveyCredentials; digests: Invitation['credentials'] }> {
    for (let attempt = 1; attempt <= CREDENTIAL_ATTEMPTS; attempt += 1) {
      const credentials = generateCredentials();
      const digests = {
        tokenHash: tokenDigest(credentials.token),
        codeHash: codeDigest(credentials.code),
      };
      if (await this.credentials.reserve(digests, invitationId, this.clock.now())) {
        return { credentials, digests };
      }
      this.logger.warn(`Short code collision for invitation ${invitationId}, drawing again`);
    }
    throw new Error(`No unique survey credentials after ${CREDENTIAL_ATTEMPTS} draws`);
  }

  /** Adds the issued invitation to the counters once; safe to repeat. */
  async countIssued(invitation: Invitation): Promise<void> {
    if (invitation.issuedCounted) {
      return;
    }
    await this.projector.countIssued(
      countingSubjectOf(invitation),
      invitation.id,
      invitation.onTime,
    );
    await this.invitations.markIssuedCounted(invitation.id);
  }

  private build(
    dossier: ReturnedDossier,
    request: IssueRequest,
    credentials: Invitation['credentials'],
  ): Invitation {
    const issuedAt = this.clock.now();
    const { remindAt, expiresAt } = invitationSchedule(issuedAt, {
      reminderAfterDays: this.environment.SURVEY_REMINDER_AFTER_DAYS,
      expiresAfterDays: this.environment.SURVEY_INVITATION_EXPIRES_AFTER_DAYS,
    });
    return {
      id: invitationIdFor(dossier.dossierId, request.campaignId),
      kind: request.campaignId ? 'campaign' : 'after-result',
      campaignId: request.campaignId,
      ...dossier,
      questionnaireId: request.questionnaire.id,
      questionnaireVersion: request.questionnaire.version,
      issuedAt,
      // A resident's paper form has nobody to remind: the organiser collects the forms.
      remindAt: dossier.dossierId.startsWith(RESIDENT_DOSSIER_PREFIX) ? null : remindAt,
      remindedAt: null,
      expiresAt,
      status: 'open',
      usedAt: null,
      revealedAt: null,
      credentials,
      answer: null,
      // A campaign counts its invitations itself (the sample it issued); only after-result
      // invitations move the monthly counters.
      issuedCounted: request.campaignId !== null,
      answerCounted: true,
    };
  }
}
