import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { auditEntry, diffSnapshots } from '@libs/audit';
import {
  assertCanWrite,
  assertSameRequest,
  historicalTime,
  idempotencyScope,
  Principal,
  requestFingerprint,
  tenantScopeOf,
} from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';

import { SuggestionBoxesService } from '../../boxes/application/suggestion-boxes.service';
import { SuggestionBoxErrors } from '../../boxes/domain/suggestion-box.errors';
import { OpenCaseService } from '../../cases/application/open-case.service';
import { FeedbackCase } from '../../cases/domain/feedback-case';
import { FeedbackCaseStore } from '../../cases/domain/feedback-case.store';
import { BoxOpening, BoxOpeningRequest, recordOpening } from '../domain/box-opening';
import { BoxOpeningErrors } from '../domain/box-opening.errors';
import { BoxOpeningStore } from '../domain/box-opening.store';

export interface OpeningWithCases {
  opening: BoxOpening;
  /** The case each letter became, by letter number. */
  cases: FeedbackCase[];
  created: boolean;
}

/**
 * Records a box opening and turns every letter found into a case. The opening is stored
 * first and each case is keyed by (opening, letter number), so a retried request with the
 * same Idempotency-Key finishes the job without a second case for any letter.
 */
@Injectable()
export class RecordOpeningService {
  constructor(
    private readonly openings: BoxOpeningStore,
    private readonly boxes: SuggestionBoxesService,
    private readonly opener: OpenCaseService,
    private readonly cases: FeedbackCaseStore,
    private readonly clock: Clock,
  ) {}

  async record(
    boxId: string,
    request: BoxOpeningRequest,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<OpeningWithCases> {
    const box = await this.boxes.get(boxId, principal);
    assertCanWrite(principal, box);
    historicalTime(request.receivedAt, principal, this.clock.now(), 'receivedAt');
    const fingerprint = requestFingerprint([boxId, request]);
    const requestKey = idempotencyKey
      ? idempotencyScope(principal, box.communeCode, idempotencyKey)
      : `opening:${randomUUID()}`;
    if (idempotencyKey) {
      const earlier = await this.openings.findByRequestKey(requestKey);
      if (earlier) {
        return this.resume(earlier.opening, earlier.requestFingerprint, fingerprint, principal);
      }
    }
    if (!box.active) {
      throw SuggestionBoxErrors.inactive(box.name);
    }
    const now = this.clock.now();
    const opening = recordOpening(request, {
      id: randomUUID(),
      box,
      now,
      recordedBy: principal.subject,
    });
    const audit = auditEntry(
      principal,
      'box-opening.recorded',
      diffSnapshots(undefined, {
        boxId: opening.boxId,
        openedOn: opening.openedOn,
        officersPresent: opening.officersPresent,
        witnesses: opening.witnesses.map((witness) => witness.fullName),
        minutes: opening.minutes !== undefined,
        letters: opening.letters.length,
      }),
      now,
      currentCorrelation()?.correlationId,
    );
    if (!(await this.openings.insert(opening, { key: requestKey, fingerprint }, audit))) {
      const winner = await this.openings.findByRequestKey(requestKey);
      if (!winner) {
        throw new Error(`Request key ${requestKey} collided but no opening holds it`);
      }
      return this.resume(winner.opening, winner.requestFingerprint, fingerprint, principal);
    }
    return { opening, cases: await this.openCases(opening, principal), created: true };
  }

  async get(id: string, principal: Principal): Promise<OpeningWithCases> {
    const opening = await this.openings.findById(id, tenantScopeOf(principal));
    if (!opening) {
      throw BoxOpeningErrors.notFound(id);
    }
    return { opening, cases: await this.cases.findByOrigin(opening.id), created: false };
  }

  async listForBox(boxId: string, principal: Principal): Promise<BoxOpening[]> {
    const box = await this.boxes.get(boxId, principal);
    return this.openings.listForBox(box.id, tenantScopeOf(principal));
  }

  private async resume(
    opening: BoxOpening,
    storedFingerprint: string,
    fingerprint: string,
    principal: Principal,
  ): Promise<OpeningWithCases> {
    assertSameRequest(storedFingerprint, fingerprint, 'một biên bản khác');
    return { opening, cases: await this.openCases(opening, principal), created: false };
  }

  private async openCases(opening: BoxOpening, principal: Principal): Promise<FeedbackCase[]> {
    const opened: FeedbackCase[] = [];
    // One at a time, so the case codes follow the order the letters were entered.
    for (const letter of opening.letters) {
      const outcome = await this.opener.open({
        communeCode: opening.communeCode,
        kind: letter.kind,
        channel: 'suggestion-box',
        ...(letter.category ? { category: letter.category } : {}),
        content: letter.content,
        ...(letter.contact ? { contact: letter.contact } : {}),
        origin: { type: 'box-opening', id: opening.id, index: letter.number },
        ...(opening.receivedAt ? { receivedAt: opening.receivedAt } : {}),
        sourceKey: `box-opening:${opening.id}:${letter.number}`,
        actor: principal,
        correlationId: currentCorrelation()?.correlationId,
        fields: { content: `letters.${letter.number - 1}.content` },
      });
      opened.push(outcome.feedbackCase);
    }
    return opened;
  }
}
