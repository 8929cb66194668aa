import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { AuditActor, AuditEntry, auditEntry, diffSnapshots } from '@libs/audit';
import { Clock, vietnamCalendarDate } from '@libs/clock';
import {
  FEEDBACK_CASE_OPENED_V1,
  FeedbackCaseOpenedV1,
  FeedbackChannel,
  FeedbackKind,
} from '@libs/contracts';
import { EventFactory, OutboxEntry, OutboxRelay } from '@libs/messaging';
import { CommuneDirectory } from '@libs/reference-data';

import { CaseCounterStore } from '../domain/case-counter.store';
import {
  CaseAssignee,
  CaseContact,
  CaseOrigin,
  checkedText,
  FeedbackCase,
  FeedbackCategory,
  formatCaseCode,
  normalizeContact,
  normalizeLine,
} from '../domain/feedback-case';
import { FeedbackCaseErrors } from '../domain/feedback-case.errors';
import { FeedbackCaseStore, StoredCase } from '../domain/feedback-case.store';
import { letterHandlingDueAt } from '../domain/letter-procedures';
import { submissionFingerprint } from '../domain/submission-fingerprint';
import { ResponseDeadlinePolicy } from './response-deadline.policy';

const MAX_NUMBERING_ATTEMPTS = 20;

export interface OpenCaseRequest {
  communeCode: string;
  kind: FeedbackKind;
  channel: FeedbackChannel;
  category?: FeedbackCategory;
  content: string;
  contact?: CaseContact;
  origin: CaseOrigin;
  /** The fact the case stands for; a second request for the same fact opens nothing. */
  sourceKey: string;
  /** The client's request key, when the request came with one. */
  requestKey?: string;
  /** Defaults to the hash of commune, kind, content and contact. */
  fingerprint?: string;
  /** Historical entry only (checked by the caller): when the office received it; else now. */
  receivedAt?: Date;
  /** A case opened straight into someone's hands starts "assigned". */
  assignee?: CaseAssignee;
  actor: AuditActor;
  /** The request's or event's correlation id, when it runs inside one. */
  correlationId?: string | undefined;
  /** Field names for refusals, when the text came in under another name. */
  fields?: { content?: string; communeCode?: string };
}

export interface OpenCaseOutcome {
  feedbackCase: FeedbackCase;
  /** False when the fact or the request already had its case. */
  created: boolean;
  fingerprint: string;
}

/**
 * Opens a case from any channel (online, suggestion box, reception, survey) and publishes
 * feedback.case-opened.v1 with it: correspondence thanks a citizen who left contact
 * details, and the deadline service starts the response clock when an answer is owed.
 */
@Injectable()
export class OpenCaseService {
  constructor(
    private readonly cases: FeedbackCaseStore,
    private readonly counters: CaseCounterStore,
    private readonly deadlines: ResponseDeadlinePolicy,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
  ) {}

  async open(request: OpenCaseRequest): Promise<OpenCaseOutcome> {
    const earlier = await this.cases.findBySourceKey(request.sourceKey);
    if (earlier) {
      return replayed(earlier);
    }
    const commune = this.communes.find(request.communeCode);
    if (!commune) {
      throw FeedbackCaseErrors.invalid([
        {
          field: request.fields?.communeCode ?? 'communeCode',
          message: `Không có xã, phường mã ${request.communeCode}.`,
        },
      ]);
    }
    const content = checkedText(request.content, request.fields?.content ?? 'content');
    const contact = request.contact && normalizeContact(request.contact);
    const fingerprint =
      request.fingerprint ??
      submissionFingerprint({
        communeCode: commune.code,
        kind: request.kind,
        content,
        ...(contact ? { contact } : {}),
      });
    const now = request.receivedAt ?? this.clock.now();
    const year = Number(vietnamCalendarDate(now).slice(0, 4));
    const workingDays = this.deadlines.workingDaysFor(request.kind);
    const assignee = request.assignee && {
      ...request.assignee,
      name: normalizeLine(request.assignee.name),
    };
    const id = randomUUID();
    const requestKey = request.requestKey ?? `case:${id}`;
    let sequence = await this.counters.next(commune.code, year);
    for (let attempt = 1; ; attempt += 1) {
      const feedbackCase: FeedbackCase = {
        id,
        code: formatCaseCode(commune.code, year, sequence),
        communeCode: commune.code,
        provinceCode: commune.provinceCode,
        kind: request.kind,
        channel: request.channel,
        category: request.category ?? 'other',
        content,
        ...(contact ? { contact } : {}),
        status: assignee ? 'assigned' : 'received',
        ...(assignee ? { assignee } : {}),
        ...(workingDays
          ? {
              responseWorkingDays: workingDays,
              responseDueAt: this.deadlines.expectedAnswerAt(now, workingDays),
            }
          : {}),
        handlingDueAt: letterHandlingDueAt(now),
        openedAt: now,
        origin: request.origin,
        revision: 1,
      };
      const outcome = await this.cases.insert(
        feedbackCase,
        { year, sequence },
        { sourceKey: request.sourceKey, requestKey, fingerprint },
        [this.openedEvent(feedbackCase)],
        this.openedAudit(feedbackCase, request, this.clock.now()),
      );
      if (outcome === 'inserted') {
        this.relay.wake();
        return { feedbackCase, created: true, fingerprint };
      }
      if (outcome === 'duplicate') {
        // A concurrent delivery of the same fact or request won; its case is the case.
        const winner =
          (await this.cases.findBySourceKey(request.sourceKey)) ??
          (await this.cases.findByRequestKey(requestKey));
        if (!winner) {
          throw new Error(`Case keys ${request.sourceKey} collided but no case holds them`);
        }
        return replayed(winner);
      }
      // The number was taken (an imported case may hold it): the unique index on the code
      // is the guarantee, the counter only the first guess.
      if (attempt >= MAX_NUMBERING_ATTEMPTS) {
        throw new Error(`No free case number for ${commune.code}/${year} after ${attempt} tries`);
      }
      sequence = Math.max(sequence, await this.cases.highestSequence(commune.code, year)) + 1;
    }
  }

  private openedEvent(feedbackCase: FeedbackCase): OutboxEntry {
    return this.events.create(FEEDBACK_CASE_OPENED_V1, toCaseOpenedEvent(feedbackCase), {
      subject: feedbackCase.id,
      time: feedbackCase.openedAt,
      communeCode: feedbackCase.communeCode,
    });
  }

  private openedAudit(
    feedbackCase: FeedbackCase,
    request: OpenCaseRequest,
    recordedAt: Date,
  ): AuditEntry {
    return auditEntry(
      request.actor,
      'feedback-case.opened',
      diffSnapshots(undefined, {
        code: feedbackCase.code,
        kind: feedbackCase.kind,
        channel: feedbackCase.channel,
        category: feedbackCase.category,
        status: feedbackCase.status,
        ...(feedbackCase.assignee ? { assignee: feedbackCase.assignee } : {}),
      }),
      recordedAt,
      request.correlationId,
    );
  }
}

function replayed(stored: StoredCase): OpenCaseOutcome {
  return { feedbackCase: stored.feedbackCase, created: false, fingerprint: stored.fingerprint };
}

export function toCaseOpenedEvent(feedbackCase: FeedbackCase): FeedbackCaseOpenedV1 {
  return Object.assign(new FeedbackCaseOpenedV1(), {
    caseId: feedbackCase.id,
    caseCode: feedbackCase.code,
    communeCode: feedbackCase.communeCode,
    provinceCode: feedbackCase.provinceCode,
    kind: feedbackCase.kind,
    channel: feedbackCase.channel,
    openedAt: feedbackCase.openedAt.toISOString(),
    ...(feedbackCase.responseWorkingDays
      ? { responseWorkingDays: feedbackCase.responseWorkingDays }
      : {}),
    ...(feedbackCase.contact ? { contact: { ...feedbackCase.contact } } : {}),
  });
}
