import { Injectable } from '@nestjs/common';

import { Clock } from '@libs/clock';

import { AnswerAssessment } from '../../answers/domain/answer-sheet';
import { IndexRowStore } from '../domain/index-row.store';
import {
  answerIncrements,
  CountingSubject,
  indexRowsFor,
  issuedIncrements,
} from '../domain/satisfaction-index';

/**
 * Keeps the satisfaction counters. Each fact (an invitation issued, an invitation answered)
 * is added to each of its rows at most once, so a retry, a redelivered event or the repair
 * scan can call it again safely; the counters stay exact.
 */
@Injectable()
export class IndexProjector {
  constructor(
    private readonly rows: IndexRowStore,
    private readonly clock: Clock,
  ) {}

  async countIssued(subject: CountingSubject, invitationId: string, onTime: boolean) {
    await this.count(subject, `issued:${invitationId}`, issuedIncrements(onTime));
  }

  async countAnswer(subject: CountingSubject, invitationId: string, assessment: AnswerAssessment) {
    await this.count(subject, `answered:${invitationId}`, answerIncrements(assessment));
  }

  private async count(
    subject: CountingSubject,
    fact: string,
    increments: Record<string, number>,
  ): Promise<void> {
    for (const row of indexRowsFor(subject)) {
      await this.rows.ensureRow(row);
      await this.rows.applyOnce(row.id, fact, increments, this.clock.now());
    }
  }
}
