import type { OutboxEntry } from '@libs/messaging';

import type { Deadline } from '../../tracking/domain/deadline';
import type { RecordedReschedule } from './reschedule';

/** Where reschedules are kept (port; the mongoose adapter is `DeadlineRescheduleRepository`). */
export abstract class DeadlineRescheduleStore {
  /** Records the reschedule with its apology event; false when the deadline already has one. */
  abstract recordOnce(
    deadline: Deadline,
    recorded: RecordedReschedule,
    event: OutboxEntry,
  ): Promise<boolean>;
  abstract find(deadlineId: string): Promise<RecordedReschedule | null>;
}
