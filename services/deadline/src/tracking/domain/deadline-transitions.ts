import { DossierStatus } from '@libs/contracts';

import { CloseReason, Deadline } from './deadline';
import { dueSoonAtFor, isEndingStatus, withScheduledCheck } from './deadline-schedule';

/** Who the deadline is about; every event of the subject carries these. */
export type SubjectFacts = Pick<
  Deadline,
  'id' | 'subjectType' | 'subjectId' | 'subjectCode' | 'communeCode' | 'provinceCode' | 'category'
>;

export interface OpeningFacts {
  receivedAt: Date;
  legalWorkingDays: number;
  dueAt: Date;
  officerId?: string;
  /**
   * A record of the past (a historical import, a replayed year) already due when tracked: its
   * lateness is history, so no alarm is raised for it now (no due-soon, no overdue, hence no
   * apology letter or escalation drafted today); it is listed as overdue until it closes.
   */
  historical?: boolean;
}

/** Whether a subject opened with these times is a record of the past, as of `now`. */
export function isHistoricalOpening(dueAt: Date, now: Date): boolean {
  return dueAt.getTime() <= now.getTime();
}

export interface ClosingFacts {
  closedAt: Date;
  reason: CloseReason;
  onTime?: boolean;
  /** Dossier results repeat the receipt and appointment, so a close alone is complete. */
  receivedAt?: Date;
  dueAt?: Date;
  officerId?: string;
}

export interface StatusFacts {
  status: DossierStatus;
  changedAt: Date;
  /** A new appointment, e.g. counted anew from a valid supplement. */
  dueAt?: Date;
}

export interface SchedulePolicy {
  dueSoonWorkingHours: number;
}

function stub(subject: SubjectFacts): Deadline {
  return { ...subject, opened: false, state: 'pending', stage: 'tracking' };
}

/**
 * Starts the clock. Returns undefined when the subject was already opened (a redelivery);
 * a record made by an earlier close or status change is completed, not reopened.
 */
export function openDeadline(
  current: Deadline | undefined,
  subject: SubjectFacts,
  opening: OpeningFacts,
  policy: SchedulePolicy,
): Deadline | undefined {
  if (current?.opened) {
    return undefined;
  }
  const base = current ?? stub(subject);
  const officerId = opening.officerId ?? base.officerId;
  return withScheduledCheck({
    ...base,
    ...subject,
    ...(officerId ? { officerId } : {}),
    opened: true,
    state: base.state === 'pending' ? 'open' : base.state,
    stage: opening.historical ? 'overdue-sent' : 'tracking',
    receivedAt: opening.receivedAt,
    legalWorkingDays: opening.legalWorkingDays,
    originalDueAt: opening.dueAt,
    dueAt: opening.dueAt,
    dueSoonAt: dueSoonAtFor(opening.dueAt, policy.dueSoonWorkingHours),
  });
}

/** Stops the clock; undefined when already closed. An early close is kept until the opening. */
export function closeDeadline(
  current: Deadline | undefined,
  subject: SubjectFacts,
  closing: ClosingFacts,
): Deadline | undefined {
  if (current?.state === 'closed') {
    return undefined;
  }
  const base = current ?? stub(subject);
  const receivedAt = base.receivedAt ?? closing.receivedAt;
  const dueAt = base.dueAt ?? closing.dueAt;
  const originalDueAt = base.originalDueAt ?? closing.dueAt;
  const officerId = base.officerId ?? closing.officerId;
  const { nextCheckAt: _stopped, onTime: _unknown, ...rest } = base;
  return {
    ...rest,
    ...(receivedAt ? { receivedAt } : {}),
    ...(dueAt ? { dueAt } : {}),
    ...(originalDueAt ? { originalDueAt } : {}),
    ...(officerId ? { officerId } : {}),
    state: 'closed',
    closedAt: closing.closedAt,
    closeReason: closing.reason,
    ...(closing.onTime !== undefined ? { onTime: closing.onTime } : {}),
  };
}

/**
 * Follows the dossier's national status: waiting for the citizen pauses the alarms, a ready
 * result stops them, a withdrawn, stopped or rejected dossier is closed, and a new
 * appointment restarts them. Older or repeated changes are ignored (undefined).
 */
export function applyStatus(
  current: Deadline | undefined,
  subject: SubjectFacts,
  change: StatusFacts,
  policy: SchedulePolicy,
): Deadline | undefined {
  const base = current ?? stub(subject);
  const seen = base.statusChangedAt?.getTime();
  if (seen !== undefined && seen > change.changedAt.getTime()) {
    return undefined;
  }
  // Only an opened, running deadline takes a new appointment; for any other the dueAt
  // cannot make a repeat differ (else the updater would rewrite it until it gives up).
  const takesDueAt = base.opened && base.state === 'open';
  if (
    seen === change.changedAt.getTime() &&
    base.status === change.status &&
    (!change.dueAt || !takesDueAt || base.dueAt?.getTime() === change.dueAt.getTime())
  ) {
    return undefined;
  }
  let next: Deadline = { ...base, status: change.status, statusChangedAt: change.changedAt };
  if (isEndingStatus(change.status) && next.state !== 'closed') {
    const { nextCheckAt: _stopped, ...rest } = next;
    return { ...rest, state: 'closed', closedAt: change.changedAt, closeReason: change.status };
  }
  const movedDueAt =
    change.dueAt && next.opened && next.dueAt?.getTime() !== change.dueAt.getTime()
      ? change.dueAt
      : undefined;
  if (movedDueAt && next.state === 'open') {
    // A lawful new appointment (not an apology): it becomes the one on-time is judged by.
    next = {
      ...next,
      dueAt: movedDueAt,
      originalDueAt: movedDueAt,
      dueSoonAt: dueSoonAtFor(movedDueAt, policy.dueSoonWorkingHours),
      stage: 'tracking',
    };
  }
  return withScheduledCheck(next);
}

/** The fields an audit entry compares, as JSON-friendly values. */
export function auditSnapshot(deadline: Deadline | undefined): Record<string, unknown> | undefined {
  if (!deadline) {
    return undefined;
  }
  return {
    state: deadline.state,
    stage: deadline.stage,
    status: deadline.status,
    dueAt: deadline.dueAt?.toISOString(),
    closedAt: deadline.closedAt?.toISOString(),
    closeReason: deadline.closeReason,
    reschedule: deadline.reschedule && {
      previousDueAt: deadline.reschedule.previousDueAt.toISOString(),
      reason: deadline.reschedule.reason,
    },
  };
}
