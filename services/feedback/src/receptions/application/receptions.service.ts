import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import {
  assertCanWrite,
  assertSameRequest,
  idempotencyScope,
  Principal,
  requestFingerprint,
  tenantScopeOf,
} from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { OpenCaseOutcome, OpenCaseService } from '../../cases/application/open-case.service';
import { CaseAssignee, FeedbackCase } from '../../cases/domain/feedback-case';
import { FeedbackCaseStore } from '../../cases/domain/feedback-case.store';
import { Reception, ReceptionKind, ReceptionRequest, recordReception } from '../domain/reception';
import { ReceptionErrors } from '../domain/reception.errors';
import { ReceptionStore } from '../domain/reception.store';

export interface ReceptionWithCases {
  reception: Reception;
  /** Cases opened from the reception's issues. */
  cases: FeedbackCase[];
  created: boolean;
}

export interface ReceptionQuery {
  communeCode?: string;
  kind?: ReceptionKind;
  from?: string;
  to?: string;
  limit?: number;
}

/** The log of citizen receptions and dialogues, and the cases their issues become. */
@Injectable()
export class ReceptionsService {
  constructor(
    private readonly receptions: ReceptionStore,
    private readonly opener: OpenCaseService,
    private readonly cases: FeedbackCaseStore,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async record(
    communeCode: string,
    request: ReceptionRequest,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<ReceptionWithCases> {
    const commune = this.communes.find(communeCode);
    if (!commune) {
      throw ReceptionErrors.invalid([
        { field: 'communeCode', message: `Không có xã, phường mã ${communeCode}.` },
      ]);
    }
    assertCanWrite(principal, { communeCode: commune.code, provinceCode: commune.provinceCode });
    const fingerprint = requestFingerprint([communeCode, request]);
    const requestKey = idempotencyKey
      ? idempotencyScope(principal, commune.code, idempotencyKey)
      : `reception:${randomUUID()}`;
    if (idempotencyKey) {
      const earlier = await this.receptions.findByRequestKey(requestKey);
      if (earlier) {
        return this.replay(earlier.reception, earlier.requestFingerprint, fingerprint);
      }
    }
    const now = this.clock.now();
    const reception = recordReception(request, {
      id: randomUUID(),
      commune,
      now,
      recordedBy: principal.subject,
    });
    const audit = auditEntry(
      principal,
      'reception.recorded',
      diffSnapshots(undefined, {
        kind: reception.kind,
        heldOn: reception.heldOn,
        leaderName: reception.leaderName,
        citizenCount: reception.citizenCount,
        issues: reception.issues.length,
      }),
      now,
      currentCorrelation()?.correlationId,
    );
    if (!(await this.receptions.insert(reception, { key: requestKey, fingerprint }, audit))) {
      const winner = await this.receptions.findByRequestKey(requestKey);
      if (!winner) {
        throw new Error(`Request key ${requestKey} collided but no reception holds it`);
      }
      return this.replay(winner.reception, winner.requestFingerprint, fingerprint);
    }
    return { reception, cases: [], created: true };
  }

  async get(id: string, principal: Principal): Promise<ReceptionWithCases> {
    const reception = await this.receptions.findById(id, tenantScopeOf(principal));
    if (!reception) {
      throw ReceptionErrors.notFound(id);
    }
    return { reception, cases: await this.cases.findByOrigin(reception.id), created: false };
  }

  search(query: ReceptionQuery, principal: Principal): Promise<Reception[]> {
    return this.receptions.search({
      ...query,
      scope: tenantScopeOf(principal),
      limit: query.limit ?? 50,
    });
  }

  /** Opens the case for one issue raised; asking again returns the same case. */
  async openIssueCase(
    receptionId: string,
    issueNumber: number,
    assignee: CaseAssignee | undefined,
    principal: Principal,
  ): Promise<OpenCaseOutcome> {
    const { reception } = await this.get(receptionId, principal);
    assertCanWrite(principal, reception);
    const issue = reception.issues.find((candidate) => candidate.number === issueNumber);
    if (!issue) {
      throw ReceptionErrors.issueNotFound(issueNumber);
    }
    return this.opener.open({
      communeCode: reception.communeCode,
      kind: 'reception-issue',
      channel: reception.kind,
      ...(issue.category ? { category: issue.category } : {}),
      content: issue.summary,
      ...(issue.raisedBy ? { contact: issue.raisedBy } : {}),
      origin: { type: 'reception', id: reception.id, index: issue.number },
      sourceKey: `reception:${reception.id}:${issue.number}`,
      ...(assignee ? { assignee } : {}),
      actor: principal,
      correlationId: currentCorrelation()?.correlationId,
    });
  }

  private async replay(
    reception: Reception,
    storedFingerprint: string,
    fingerprint: string,
  ): Promise<ReceptionWithCases> {
    assertSameRequest(storedFingerprint, fingerprint, 'một biên bản khác');
    return { reception, cases: await this.cases.findByOrigin(reception.id), created: false };
  }
}
