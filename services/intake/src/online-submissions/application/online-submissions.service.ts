import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { assertCanWrite, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { DomainError } from '@libs/errors';
import { CommuneDirectory } from '@libs/reference-data';

import { ReceiveDossierService } from '../../dossiers/application/receive-dossier.service';
import { Actor, Dossier } from '../../dossiers/domain/dossier';
import { ReceiveDossierRequest } from '../../dossiers/domain/dossier-rules';
import {
  abandonAcceptance,
  completeAcceptance,
  newSubmission,
  OnlineSubmission,
  refuse,
  requestSupplement,
  resubmit,
  startAcceptance,
  SubmissionStatus,
} from '../domain/online-submission';
import { OnlineSubmissionErrors } from '../domain/online-submission.errors';
import { OnlineSubmissionStore } from '../domain/online-submission.store';

type OnlineRequest = ReceiveDossierRequest & { channel: 'online' };

export interface Acceptance {
  submission: OnlineSubmission;
  dossier: Dossier;
  secret?: string;
}

function actorOf(principal: Principal): Actor {
  return { subject: principal.subject, ...(principal.name ? { name: principal.name } : {}) };
}

/**
 * Online submissions wait in status 1 until an officer accepts them; acceptance receives the
 * dossier through the same path as the counter, so its code date and clock start then.
 */
@Injectable()
export class OnlineSubmissionsService {
  constructor(
    private readonly repository: OnlineSubmissionStore,
    private readonly receipts: ReceiveDossierService,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async submit(request: OnlineRequest, principal: Principal): Promise<OnlineSubmission> {
    // Everything a receipt would refuse is refused now; nothing is stored then.
    await this.receipts.check(request, principal);
    const commune = this.communes.find(request.communeCode);
    if (!commune) {
      throw new Error(`Checked request names unknown commune ${request.communeCode}`);
    }
    const submission = newSubmission(
      randomUUID(),
      request,
      commune.provinceCode,
      this.clock.now(),
      actorOf(principal),
    );
    await this.repository.insert(submission);
    return submission;
  }

  async get(id: string, principal: Principal): Promise<OnlineSubmission> {
    const submission = await this.repository.findById(id, tenantScopeOf(principal));
    if (!submission) {
      throw OnlineSubmissionErrors.notFound(id);
    }
    return submission;
  }

  async list(
    communeCode: string,
    status: SubmissionStatus | undefined,
    principal: Principal,
    limit: number,
  ): Promise<OnlineSubmission[]> {
    return this.repository.list(communeCode, status, tenantScopeOf(principal), limit);
  }

  async accept(id: string, principal: Principal): Promise<Acceptance> {
    const before = await this.loadForWrite(id, principal);
    const by = actorOf(principal);
    const claimed = startAcceptance(before, this.clock.now(), by);
    if (claimed !== before && !(await this.repository.replace(claimed, before.status))) {
      throw OnlineSubmissionErrors.changedMeanwhile();
    }
    let outcome: Awaited<ReturnType<ReceiveDossierService['receive']>>;
    try {
      // One dossier per submission: a retry after a failure replays the same dossier.
      outcome = await this.receipts.receive(claimed.request, principal, {
        idempotencyKey: `online-submission:${id}`,
      });
    } catch (error) {
      if (error instanceof DomainError) {
        await this.repository.replace(abandonAcceptance(claimed), 'accepting');
      }
      throw error;
    }
    const { dossier } = outcome;
    const accepted = completeAcceptance(
      claimed,
      { id: dossier.id, code: dossier.code, receivedAt: dossier.receivedAt },
      by,
    );
    if (!(await this.repository.replace(accepted, 'accepting'))) {
      throw OnlineSubmissionErrors.changedMeanwhile();
    }
    return { submission: accepted, dossier, ...(outcome.secret ? { secret: outcome.secret } : {}) };
  }

  async requestSupplement(
    id: string,
    command: { reason?: string; items?: string[] },
    principal: Principal,
  ): Promise<OnlineSubmission> {
    const before = await this.loadForWrite(id, principal);
    const after = requestSupplement(before, {
      ...command,
      at: this.clock.now(),
      by: actorOf(principal),
    });
    return this.save(after, before.status);
  }

  async resubmit(
    id: string,
    request: OnlineRequest,
    principal: Principal,
  ): Promise<OnlineSubmission> {
    const before = await this.loadForWrite(id, principal);
    const after = resubmit(before, request, this.clock.now(), actorOf(principal));
    await this.receipts.check(request, principal);
    return this.save(after, before.status);
  }

  async refuse(
    id: string,
    command: { reason?: string },
    principal: Principal,
  ): Promise<OnlineSubmission> {
    const before = await this.loadForWrite(id, principal);
    const after = refuse(before, { ...command, at: this.clock.now(), by: actorOf(principal) });
    return this.save(after, before.status);
  }

  private async save(
    after: OnlineSubmission,
    expected: SubmissionStatus,
  ): Promise<OnlineSubmission> {
    if (!(await this.repository.replace(after, expected))) {
      throw OnlineSubmissionErrors.changedMeanwhile();
    }
    return after;
  }

  private async loadForWrite(id: string, principal: Principal): Promise<OnlineSubmission> {
    const submission = await this.get(id, principal);
    assertCanWrite(principal, {
      communeCode: submission.communeCode,
      provinceCode: submission.provinceCode,
    });
    return submission;
  }
}
