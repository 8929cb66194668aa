import { Injectable } from '@nestjs/common';

import { AuditActor, auditEntry, diffSnapshots } from '@libs/audit';
import { Clock } from '@libs/clock';
import { LETTER_STATUS_CHANGED_V1, LetterStatus, LetterStatusChangedV1 } from '@libs/contracts';
import { EventFactory, OutboxEntry, OutboxRelay } from '@libs/messaging';
import { currentCorrelation } from '@libs/observability';

import { Letter, LetterResend } from '../domain/letter';
import { LetterErrors } from '../domain/letter.errors';
import { LetterChanges, LetterStore } from '../domain/letter.store';
import { canMove } from '../domain/letter-lifecycle';

export interface StatusChange {
  to: LetterStatus;
  /** Audit action, e.g. `letter.approved`. */
  action: string;
  actor: AuditActor;
  changes?: Omit<LetterChanges, 'status'>;
  resend?: LetterResend;
}

type Snapshot = Record<string, unknown>;

function snapshot(letter: Pick<Letter, 'status' | 'channel' | 'delivery'>): Snapshot {
  return {
    status: letter.status,
    channel: letter.channel,
    attempts: letter.delivery.attempts,
    lastError: letter.delivery.lastError ?? null,
    nextAttemptAt: letter.delivery.nextAttemptAt?.toISOString() ?? null,
    printBatchId: letter.delivery.printBatchId ?? null,
  };
}

/**
 * Moves letters between statuses. Each move writes the new status, its time, a
 * letter.status-changed.v1 event and an audit entry in one single-document update.
 */
@Injectable()
export class LetterTransitions {
  constructor(
    private readonly letters: LetterStore,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  /** The moved letter, or null when it changed meanwhile (another replica or officer). */
  async move(letter: Letter, change: StatusChange): Promise<Letter | null> {
    if (!canMove(letter.status, change.to)) {
      throw LetterErrors.wrongStatus(change.action, letter.status);
    }
    const at = this.clock.now();
    const changes: LetterChanges = { status: change.to, ...change.changes };
    const after = {
      status: change.to,
      channel: changes.channel ?? letter.channel,
      delivery: {
        attempts: changes.attempts ?? letter.delivery.attempts,
        ...pick('lastError', changes.lastError, letter.delivery.lastError),
        ...pick('nextAttemptAt', changes.nextAttemptAt, letter.delivery.nextAttemptAt),
        ...pick('printBatchId', changes.printBatchId, letter.delivery.printBatchId),
      },
    };
    const event = this.statusEvent(letter, letter.status, after, at, change.resend !== undefined);
    const audit = auditEntry(
      change.actor,
      change.action,
      diffSnapshots(snapshot(letter), snapshot(after)),
      at,
      currentCorrelation()?.correlationId,
    );
    const moved = await this.letters.applyChange(letter, changes, [event], audit, change.resend);
    if (moved) {
      this.relay.wake();
    }
    return moved;
  }

  /** letter.status-changed.v1 for a letter now in `after`, coming from `from`. */
  statusEvent(
    letter: Pick<Letter, 'id' | 'communeCode' | 'provinceCode' | 'kind' | 'subjectKey'>,
    from: LetterStatus,
    after: Pick<Letter, 'status' | 'channel' | 'delivery'>,
    at: Date,
    resend = false,
  ): OutboxEntry {
    const data = Object.assign(new LetterStatusChangedV1(), {
      letterId: letter.id,
      communeCode: letter.communeCode,
      provinceCode: letter.provinceCode,
      kind: letter.kind,
      subjectKey: letter.subjectKey,
      from,
      to: after.status,
      changedAt: at.toISOString(),
      channel: after.channel,
      attempts: after.delivery.attempts,
      ...(after.status === 'failed' && after.delivery.lastError
        ? { error: after.delivery.lastError.slice(0, 2000) }
        : {}),
      ...(after.delivery.nextAttemptAt
        ? { nextAttemptAt: after.delivery.nextAttemptAt.toISOString() }
        : {}),
      ...(after.delivery.printBatchId ? { printBatchId: after.delivery.printBatchId } : {}),
      ...(resend ? { resend: true } : {}),
    });
    return this.events.create(LETTER_STATUS_CHANGED_V1, data, {
      subject: letter.id,
      time: at,
      communeCode: letter.communeCode,
    });
  }
}

/** The changed value when given (null clears it), else the current one. */
function pick<K extends string, T>(
  key: K,
  change: T | null | undefined,
  current: T | undefined,
): Partial<Record<K, T>> {
  const value = change === undefined ? current : change;
  return value === null || value === undefined ? {} : ({ [key]: value } as Record<K, T>);
}
