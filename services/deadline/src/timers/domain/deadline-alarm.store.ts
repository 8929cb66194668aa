import type { OutboxEntry } from '@libs/messaging';

import type { Deadline } from '../../tracking/domain/deadline';

/** Where raised alarms are kept (port; the mongoose adapter is `DeadlineAlarmRepository`). */
export abstract class DeadlineAlarmStore {
  /** Records the alarm with its event; false when it was already raised (by any replica). */
  abstract raiseOnce(
    deadline: Deadline,
    alarm: { kind: 'due-soon' | 'overdue'; dueAt: Date; raisedAt: Date },
    event: OutboxEntry,
  ): Promise<boolean>;
}
