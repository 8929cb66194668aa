import { workingHoursBetween } from '@libs/calendar';

import { Deadline, DeadlineStage } from '../../tracking/domain/deadline';
import {
  AlarmFacts,
  nextCheckAtFor,
  withScheduledCheck,
} from '../../tracking/domain/deadline-schedule';

export type Alarm =
  | { kind: 'due-soon'; stage: DeadlineStage; workingHoursLeft: number }
  | { kind: 'overdue'; stage: DeadlineStage }
  | { kind: 'none' };

/**
 * The alarm a deadline calls for at `now`. A deadline found already past due goes straight
 * to overdue (after downtime, say): a "due soon" warning would come too late to help.
 */
export function alarmFor(deadline: AlarmFacts, now: Date): Alarm {
  const { dueAt, dueSoonAt } = deadline;
  if (!nextCheckAtFor(deadline) || !dueAt || !dueSoonAt) {
    return { kind: 'none' };
  }
  if (now.getTime() >= dueAt.getTime()) {
    return { kind: 'overdue', stage: 'overdue-sent' };
  }
  if (deadline.stage === 'tracking' && now.getTime() >= dueSoonAt.getTime()) {
    const left = workingHoursBetween(now, dueAt);
    return { kind: 'due-soon', stage: 'due-soon-sent', workingHoursLeft: Number(left.toFixed(2)) };
  }
  return { kind: 'none' };
}

/** The deadline once the alarm is raised, with the instant of its next check. */
export function afterAlarm(deadline: Deadline, stage: DeadlineStage): Deadline {
  return withScheduledCheck({ ...deadline, stage });
}
