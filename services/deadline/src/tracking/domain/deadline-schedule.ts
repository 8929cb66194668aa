import { subtractWorkingHours } from '@libs/calendar';
import { DossierStatus } from '@libs/contracts';

import { Deadline, DeadlineStage } from './deadline';

/**
 * While the office waits for the citizen (a supplement, a fee) the time is not the
 * office's: no alarms until the dossier moves on.
 */
export const WAITING_STATUSES: readonly DossierStatus[] = [
  'supplement-requested',
  'financial-obligation',
];

/** The result is ready for collection: the appointment is met whenever the citizen comes. */
export const RESULT_READY_STATUSES: readonly DossierStatus[] = ['processed', 'result-returned'];

/** Statuses that end a dossier without a result to return. */
export const ENDING_STATUSES = ['withdrawn', 'stopped', 'rejected'] as const;
export type EndingStatus = (typeof ENDING_STATUSES)[number];

export function isEndingStatus(status: DossierStatus): status is EndingStatus {
  return (ENDING_STATUSES as readonly string[]).includes(status);
}

/** When the officer is warned: the given office hours before the due time. */
export function dueSoonAtFor(dueAt: Date, dueSoonWorkingHours: number): Date {
  return subtractWorkingHours(dueAt, dueSoonWorkingHours);
}

export type AlarmFacts = Pick<Deadline, 'state' | 'stage' | 'status' | 'dueAt' | 'dueSoonAt'>;

/** The next instant the timer must look at a deadline, or undefined when no alarm is due. */
export function nextCheckAtFor(deadline: AlarmFacts): Date | undefined {
  const { dueAt, dueSoonAt, status } = deadline;
  if (deadline.state !== 'open' || !dueAt || !dueSoonAt) {
    return undefined;
  }
  if (status && (WAITING_STATUSES.includes(status) || RESULT_READY_STATUSES.includes(status))) {
    return undefined;
  }
  const stage: DeadlineStage = deadline.stage;
  switch (stage) {
    case 'tracking':
      return dueSoonAt;
    case 'due-soon-sent':
      return dueAt;
    case 'overdue-sent':
      return undefined;
  }
}

/** The deadline with its stored check instant recomputed from its state and stage. */
export function withScheduledCheck(deadline: Deadline): Deadline {
  const nextCheckAt = nextCheckAtFor(deadline);
  const { nextCheckAt: _previous, ...rest } = deadline;
  return nextCheckAt ? { ...rest, nextCheckAt } : rest;
}
