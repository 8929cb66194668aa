import { Injectable } from '@nestjs/common';

import { Deadline } from '../../tracking/domain/deadline';
import { OnTimeFactStore } from '../domain/on-time-fact.store';
import { factsOf } from '../domain/on-time-figures';

/** Keeps the on-time figures in step with the deadlines, each fact counted once. */
@Injectable()
export class FiguresProjector {
  constructor(private readonly facts: OnTimeFactStore) {}

  /** Safe to call after every event, redeliveries included: counted facts are skipped. */
  async project(deadline: Deadline | undefined): Promise<number> {
    if (!deadline) {
      return 0;
    }
    let added = 0;
    for (const fact of factsOf(deadline)) {
      if (await this.facts.recordOnce(fact)) {
        added += 1;
      }
    }
    return added;
  }
}
