import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';

import { assertSameRequest } from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { FeedbackEnvironment } from '../../config/feedback.environment';
import {
  CaseContact,
  checkedText,
  CitizenKind,
  FeedbackCategory,
  normalizeContact,
} from '../domain/feedback-case';
import { FeedbackCaseErrors } from '../domain/feedback-case.errors';
import { FeedbackCaseStore } from '../domain/feedback-case.store';
import { submissionFingerprint } from '../domain/submission-fingerprint';
import { OpenCaseOutcome, OpenCaseService } from './open-case.service';

export interface OnlineSubmission {
  communeCode: string;
  kind: CitizenKind;
  category?: FeedbackCategory;
  content: string;
  contact?: CaseContact;
}

/** Who submits online: a citizen without an account. */
const CITIZEN = { subject: 'citizen:online', roles: ['citizen'] };

/**
 * A citizen's letter sent through the portal, anonymous or signed. A double click, a
 * retried request (same Idempotency-Key) or the same letter sent again within the
 * duplicate window yields the case already opened, never a second one.
 */
@Injectable()
export class OnlineSubmissionService {
  private readonly windowMs: number;

  constructor(
    private readonly cases: FeedbackCaseStore,
    private readonly opener: OpenCaseService,
    private readonly communes: CommuneDirectory,
    private readonly clock: Clock,
    environment: FeedbackEnvironment,
  ) {
    this.windowMs = environment.FEEDBACK_DUPLICATE_WINDOW_MINUTES * 60_000;
  }

  async submit(submission: OnlineSubmission, idempotencyKey?: string): Promise<OpenCaseOutcome> {
    if (!this.communes.find(submission.communeCode)) {
      throw FeedbackCaseErrors.invalid([
        {
          field: 'communeCode',
          message: `Không có xã, phường mã ${submission.communeCode}.`,
        },
      ]);
    }
    const content = checkedText(submission.content, 'content');
    const contact = submission.contact && normalizeContact(submission.contact);
    const fingerprint = submissionFingerprint({
      communeCode: submission.communeCode,
      kind: submission.kind,
      content,
      ...(contact ? { contact } : {}),
    });
    // Citizens have no account, so their keys are scoped by commune only.
    const requestKey = idempotencyKey
      ? `online:${submission.communeCode}:${idempotencyKey}`
      : `online:${randomUUID()}`;
    if (idempotencyKey) {
      const earlier = await this.cases.findByRequestKey(requestKey);
      if (earlier) {
        assertSameRequest(earlier.fingerprint, fingerprint, 'một nội dung khác');
        return { feedbackCase: earlier.feedbackCase, created: false, fingerprint };
      }
    }
    const now = this.clock.now();
    const recent = await this.cases.findRecentByFingerprint(
      submission.communeCode,
      fingerprint,
      new Date(now.getTime() - this.windowMs),
    );
    if (recent) {
      return { feedbackCase: recent.feedbackCase, created: false, fingerprint };
    }
    // Two identical letters racing each other meet on the same window key; the unique
    // index lets one through. (The look-up above covers letters straddling two windows.)
    const window = Math.floor(now.getTime() / this.windowMs);
    return this.opener.open({
      communeCode: submission.communeCode,
      kind: submission.kind,
      channel: 'online',
      ...(submission.category ? { category: submission.category } : {}),
      content,
      ...(contact ? { contact } : {}),
      origin: { type: 'online' },
      sourceKey: `online:${fingerprint}:${window}`,
      requestKey,
      fingerprint,
      actor: CITIZEN,
      correlationId: currentCorrelation()?.correlationId,
    });
  }
}
