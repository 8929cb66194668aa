import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { AuditActor, auditEntry } from '@libs/audit';
import { Clock, PollingLoop } from '@libs/clock';
import {
  DEADLINE_DUE_SOON_V1,
  DEADLINE_OVERDUE_V1,
  DeadlineDueSoonV1,
  DeadlineOverdueV1,
  DeadlineRefV1,
} from '@libs/contracts';
import { EventFactory, OutboxEntry, OutboxRelay } from '@libs/messaging';

import { DeadlineEnvironment } from '../../config/deadline.environment';
import {
  recorder,
  RescheduleDeadlineService,
} from '../../reschedule/application/reschedule-deadline.service';
import { UpcomingChecks } from '../../tracking/application/upcoming-checks';
import { Deadline, deadlineReference } from '../../tracking/domain/deadline';
import { DeadlineStore } from '../../tracking/domain/deadline.store';
import { afterAlarm, Alarm, alarmFor } from '../domain/deadline-alarm';
import { DeadlineAlarmStore } from '../domain/deadline-alarm.store';

export interface ScanOutcome {
  dueSoon: number;
  overdue: number;
}

type RaisedAlarm = Exclude<Alarm, { kind: 'none' }>;

/** Bounds one scan, so a backlog is worked off over several passes, not in one long one. */
const MAX_ROUNDS_PER_SCAN = 50;

const TIMER_ACTOR: AuditActor = { subject: 'timer:deadline-scanner', roles: ['system'] };

/**
 * Durable timers: the next check of every open deadline is a stored, indexed instant, so a
 * restarted replica carries on where the last one stopped and a scan reads only what has
 * come due. Each alarm is raised by inserting it under a unique key (deadline, kind,
 * appointment) together with its event, so of several replicas scanning at once exactly one
 * raises it; the deadline then moves to the alarm's stage.
 */
/** Timers may fire a moment early; a check is looked for just after its instant. */
const WAKE_MARGIN_MS = 20;
/** Checks remembered for waking; more wait for the interval pass. */
const MAX_WAKE_TIMES = 10_000;

@Injectable()
export class DeadlineScanner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineScanner.name);
  private readonly loop: PollingLoop<number>;
  /** System-clock instants of the checks this process wrote and has not passed yet, ascending. */
  private readonly wakeTimes: number[] = [];

  constructor(
    private readonly deadlines: DeadlineStore,
    private readonly alarms: DeadlineAlarmStore,
    private readonly reschedules: RescheduleDeadlineService,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly environment: DeadlineEnvironment,
    private readonly upcoming: UpcomingChecks,
  ) {
    this.loop = new PollingLoop({
      pass: () => this.timedScan(),
      intervalMs: environment.DEADLINE_SCAN_INTERVAL_MS,
      delayAfter: (startedAt) => this.delayAfterScan(startedAt),
      onError: () => undefined, // timedScan reports its own failures
    });
  }

  onApplicationBootstrap(): void {
    this.upcoming.onReminder((at) => this.wakeAt(at));
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** One pass: raises every alarm that has come due at the clock's now. */
  async scanOnce(): Promise<ScanOutcome> {
    const now = this.clock.now();
    const outcome: ScanOutcome = { dueSoon: 0, overdue: 0 };
    const batchSize = this.environment.DEADLINE_SCAN_BATCH_SIZE;
    for (let round = 0; round < MAX_ROUNDS_PER_SCAN; round += 1) {
      const due = await this.deadlines.findDue(now, batchSize);
      for (const deadline of due) {
        const raised = await this.check(deadline, now);
        if (raised === 'due-soon') {
          outcome.dueSoon += 1;
        } else if (raised === 'overdue') {
          outcome.overdue += 1;
        }
      }
      if (due.length < batchSize) {
        break;
      }
    }
    if (outcome.dueSoon + outcome.overdue > 0) {
      this.relay.wake();
    }
    return outcome;
  }

  /** Raises the alarm a due deadline calls for; returns its kind when this replica raised it. */
  private async check(deadline: Deadline, now: Date): Promise<RaisedAlarm['kind'] | undefined> {
    if (!deadline.reschedule) {
      // A reschedule recorded just before a crash must move the appointment before any alarm.
      const recorded = await this.reschedules.recorded(deadline.id);
      if (recorded) {
        await this.reschedules.complete(deadline.id, recorded, recorder(recorded));
        return undefined;
      }
    }
    const alarm = alarmFor(deadline, now);
    const { dueAt } = deadline;
    if (alarm.kind === 'none' || !dueAt) {
      // Nothing to raise yet: only move the stored check to the right instant.
      const nextCheckAt = afterAlarm(deadline, deadline.stage).nextCheckAt;
      await this.deadlines.moveNextCheck(deadline, nextCheckAt);
      this.upcoming.remind(nextCheckAt);
      return undefined;
    }
    const raised = await this.alarms.raiseOnce(
      deadline,
      { kind: alarm.kind, dueAt, raisedAt: now },
      this.alarmEvent(deadline, alarm, now),
    );
    // Every replica that got here moves the stage, so a crash after the raise is mended.
    const nextCheckAt = afterAlarm(deadline, alarm.stage).nextCheckAt;
    await this.deadlines.advanceAlarm(
      deadline.id,
      {
        expectedStage: deadline.stage,
        expectedDueAt: dueAt,
        now,
        stage: alarm.stage,
        nextCheckAt,
      },
      raised
        ? auditEntry(
            TIMER_ACTOR,
            `deadline.${alarm.kind}`,
            [
              {
                field: 'stage',
                from: JSON.stringify(deadline.stage),
                to: JSON.stringify(alarm.stage),
              },
            ],
            now,
          )
        : undefined,
    );
    this.upcoming.remind(nextCheckAt);
    return raised ? alarm.kind : undefined;
  }

  private alarmEvent(deadline: Deadline, alarm: RaisedAlarm, now: Date): OutboxEntry {
    const reference: DeadlineRefV1 = {
      ...deadlineReference(deadline),
      dueAt: (deadline.dueAt ?? now).toISOString(),
    };
    const facts = { subject: deadline.id, time: now, communeCode: deadline.communeCode };
    if (alarm.kind === 'due-soon') {
      const data = Object.assign(new DeadlineDueSoonV1(), reference, {
        workingHoursLeft: alarm.workingHoursLeft,
      });
      return this.events.create(DEADLINE_DUE_SOON_V1, data, facts);
    }
    const data = Object.assign(new DeadlineOverdueV1(), reference, {
      detectedAt: now.toISOString(),
    });
    return this.events.create(DEADLINE_OVERDUE_V1, data, facts);
  }

  /** A check falls due at `at` (domain clock): run a pass then, if that is sooner than planned. */
  private wakeAt(at: Date): void {
    const untilCheck = Math.max(0, at.getTime() - this.clock.now().getTime()) + WAKE_MARGIN_MS;
    // the instant itself is remembered; a timer never waits longer than the interval
    const runAt = Date.now() + untilCheck;
    // ascending and bounded: the latest give way to sooner ones, the interval pass finds them
    const latest = this.wakeTimes[this.wakeTimes.length - 1] ?? Number.POSITIVE_INFINITY;
    if (this.wakeTimes.length < MAX_WAKE_TIMES || runAt < latest) {
      if (this.wakeTimes.length >= MAX_WAKE_TIMES) {
        this.wakeTimes.pop();
      }
      const index = this.wakeTimes.findIndex((time) => time > runAt);
      this.wakeTimes.splice(index === -1 ? this.wakeTimes.length : index, 0, runAt);
    }
    if (!this.loop.running) {
      // the loop keeps the sooner of this and what it already planned
      this.loop.wake(Math.min(untilCheck, this.environment.DEADLINE_SCAN_INTERVAL_MS));
    }
  }

  /** A scan by the timer; a failure is logged and retried. Returns when the scan started. */
  private async timedScan(): Promise<number> {
    const startedAt = Date.now();
    try {
      await this.scanOnce();
    } catch (error) {
      this.logger.warn(`Deadline scan failed, will retry: ${String(error)}`);
    }
    return startedAt;
  }

  private delayAfterScan(startedAt: number): number {
    // the pass looked at everything due when it started; later checks still wait
    while (this.wakeTimes.length > 0 && (this.wakeTimes[0] ?? 0) <= startedAt) {
      this.wakeTimes.shift();
    }
    const next = this.wakeTimes[0] ?? Number.POSITIVE_INFINITY;
    return Math.max(0, Math.min(next - Date.now(), this.environment.DEADLINE_SCAN_INTERVAL_MS));
  }
}
