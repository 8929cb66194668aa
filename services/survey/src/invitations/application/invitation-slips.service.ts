import { Injectable } from '@nestjs/common';

import { auditEntry } from '@libs/audit';
import { assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';

import { SurveyEnvironment } from '../../config/survey.environment';
import { Invitation, invitationIdFor } from '../domain/invitation';
import { InvitationErrors } from '../domain/invitation.errors';
import { InvitationStore } from '../domain/invitation.store';
import { SurveyCredentialStore } from '../domain/survey-credential.store';
import { formatShortCode, SurveyCredentials } from '../domain/survey-credentials';
import { InvitationIssuer } from './invitation-issuer.service';

/** What is printed on the return slip: the short code and the link, shown once. */
export interface InvitationSlip {
  invitation: Invitation;
  code: string;
  link: string;
}

@Injectable()
export class InvitationSlipsService {
  constructor(
    private readonly invitations: InvitationStore,
    private readonly credentials: SurveyCredentialStore,
    private readonly issuer: InvitationIssuer,
    private readonly environment: SurveyEnvironment,
    private readonly clock: Clock,
  ) {}

  /** The slip of a dossier's after-result invitation; a second call is refused (409). */
  async revealForDossier(dossierId: string, principal: Principal): Promise<InvitationSlip> {
    const invitation = await this.readable(dossierId, principal);
    const credentials = await this.takeReveal(invitation, principal);
    if (!credentials) {
      throw invitation.status === 'open'
        ? InvitationErrors.alreadyRevealed()
        : InvitationErrors.notReissuable();
    }
    return this.slip(invitation, credentials);
  }

  /** New code and link for a lost slip; the old ones stop working at once. */
  async reissueForDossier(dossierId: string, principal: Principal): Promise<InvitationSlip> {
    const invitation = await this.readable(dossierId, principal);
    assertCanWrite(principal, invitation);
    if (invitation.status !== 'open') {
      throw InvitationErrors.notReissuable();
    }
    const { credentials, digests } = await this.issuer.reserveCredentials(invitation.id);
    const now = this.clock.now();
    const replaced = await this.invitations.replaceCredentials(
      invitation.id,
      now,
      digests,
      auditEntry(
        principal,
        'survey.invitation.reissued',
        [{ field: 'credentials', to: JSON.stringify('replaced') }],
        now,
        currentCorrelation()?.correlationId,
      ),
    );
    if (!replaced) {
      await this.credentials.release(digests);
      throw InvitationErrors.notReissuable();
    }
    // The old pointers would lead nowhere (the digests no longer match); tidy them away.
    await this.credentials.release(invitation.credentials);
    return this.slip(invitation, credentials);
  }

  /** Hands out the credentials of one invitation if nobody has taken them yet. */
  async takeReveal(
    invitation: Invitation,
    principal: Principal,
  ): Promise<SurveyCredentials | null> {
    assertCanWrite(principal, invitation);
    const now = this.clock.now();
    return this.invitations.takeReveal(
      invitation.id,
      now,
      auditEntry(
        principal,
        'survey.invitation.revealed',
        [{ field: 'revealedAt', to: JSON.stringify(now) }],
        now,
        currentCorrelation()?.correlationId,
      ),
    );
  }

  slip(invitation: Invitation, credentials: SurveyCredentials): InvitationSlip {
    const base = this.environment.SURVEY_PUBLIC_LINK_BASE.replace(/\/+$/, '');
    return {
      invitation,
      code: formatShortCode(credentials.code),
      link: `${base}/${credentials.token}`,
    };
  }

  private async readable(dossierId: string, principal: Principal): Promise<Invitation> {
    // Another commune's dossier is simply not found.
    const invitation = await this.invitations.findById(
      invitationIdFor(dossierId, null),
      tenantScopeOf(principal),
    );
    if (!invitation) {
      throw InvitationErrors.notFoundForDossier(dossierId);
    }
    return invitation;
  }
}
