import { Injectable } from '@nestjs/common';

import { AuditActor, auditEntry, diffSnapshots } from '@libs/audit';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';

import { Deadline } from '../domain/deadline';
import { DeadlineStore, StoredDeadline } from '../domain/deadline.store';
import { auditSnapshot } from '../domain/deadline-transitions';
import { UpcomingChecks } from './upcoming-checks';

const MAX_ATTEMPTS = 5;

export interface DeadlineChange {
  /** The new state, or undefined when the change is already in place (a redelivery). */
  transition: (current: Deadline | undefined) => Deadline | undefined;
  action: string;
  actor: AuditActor;
}

export interface DeadlineChangeOutcome {
  deadline: Deadline | undefined;
  changed: boolean;
}

/**
 * Read, decide with the domain rules, write over the revision read, then read back: a
 * concurrent writer makes the write miss, and the decision is taken again on fresh state.
 * Transitions are idempotent, so a change already in place stops it.
 */
@Injectable()
export class DeadlineUpdater {
  constructor(
    private readonly repository: DeadlineStore,
    private readonly clock: Clock,
    private readonly upcoming: UpcomingChecks,
  ) {}

  async apply(id: string, change: DeadlineChange): Promise<DeadlineChangeOutcome> {
    let changed = false;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const stored = await this.repository.findByIdAsSystem(id);
      const next = change.transition(stored?.deadline);
      if (!next) {
        return { deadline: stored?.deadline, changed };
      }
      changed = (await this.write(stored, next, change)) || changed;
    }
    throw new Error(`Deadline ${id} kept changing under ${change.action}; try again`);
  }

  private async write(
    stored: StoredDeadline | null,
    next: Deadline,
    change: DeadlineChange,
  ): Promise<boolean> {
    const audit = auditEntry(
      change.actor,
      change.action,
      diffSnapshots(auditSnapshot(stored?.deadline), auditSnapshot(next) ?? {}),
      this.clock.now(),
      currentCorrelation()?.correlationId,
    );
    const written = stored
      ? (await this.repository.save(stored, next, audit)) !== null
      : await this.repository.insert(next, audit);
    if (written) {
      this.upcoming.remind(next.nextCheckAt);
    }
    return written;
  }
}
