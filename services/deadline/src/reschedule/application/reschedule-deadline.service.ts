import { Injectable } from '@nestjs/common';

import { AuditActor } from '@libs/audit';
import { assertCanWrite, historicalTime, Principal, tenantScopeOf } from '@libs/auth';
import { Clock } from '@libs/clock';
import { DEADLINE_RESCHEDULED_V1, DeadlineRescheduledV1 } from '@libs/contracts';
import { EventFactory, OutboxRelay } from '@libs/messaging';

import { DeadlineEnvironment } from '../../config/deadline.environment';
import { DeadlineUpdater } from '../../tracking/application/deadline-updater.service';
import { Deadline, deadlineReference } from '../../tracking/domain/deadline';
import { DeadlineErrors } from '../../tracking/domain/deadline.errors';
import { DeadlineStore } from '../../tracking/domain/deadline.store';
import { DeadlineRescheduleStore } from '../domain/deadline-reschedule.store';
import { applyReschedule, planReschedule, RecordedReschedule } from '../domain/reschedule';
import { RescheduleErrors } from '../domain/reschedule.errors';

/** Records the apology and the one new appointment; correspondence writes the letter. */
@Injectable()
export class RescheduleDeadlineService {
  constructor(
    private readonly deadlines: DeadlineStore,
    private readonly reschedules: DeadlineRescheduleStore,
    private readonly updater: DeadlineUpdater,
    private readonly events: EventFactory,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly environment: DeadlineEnvironment,
  ) {}

  async reschedule(
    id: string,
    request: { newDueAt: string; reason: string; rescheduledAt?: string },
    principal: Principal,
  ): Promise<Deadline> {
    const now = this.clock.now();
    // Historical entry (role system): the apology was made then, and is judged at that time.
    const at =
      historicalTime(
        request.rescheduledAt === undefined ? undefined : new Date(request.rescheduledAt),
        principal,
        now,
        'rescheduledAt',
      ) ?? now;
    // Another commune's deadline is simply not found; a reader without write rights is refused.
    const readable = await this.deadlines.findById(id, tenantScopeOf(principal));
    if (!readable) {
      throw DeadlineErrors.notFound(id);
    }
    const { deadline } = readable;
    assertCanWrite(principal, deadline);
    const earlier = await this.reschedules.find(id);
    if (earlier) {
      await this.complete(id, earlier, recorder(earlier));
      throw RescheduleErrors.alreadyRescheduled();
    }
    const recorded = planReschedule(
      deadline,
      {
        newDueAt: new Date(request.newDueAt),
        reason: request.reason,
        officerId: principal.subject,
      },
      at,
    );
    const event = this.events.create(
      DEADLINE_RESCHEDULED_V1,
      toRescheduledEvent(deadline, recorded),
      { subject: deadline.id, time: at, communeCode: deadline.communeCode },
    );
    if (!(await this.reschedules.recordOnce(deadline, recorded, event))) {
      // A concurrent request recorded first.
      throw RescheduleErrors.alreadyRescheduled();
    }
    this.relay.wake();
    return (await this.complete(id, recorded, principal)) ?? deadline;
  }

  /**
   * Brings a deadline in line with its recorded reschedule. Idempotent; the timer calls it too,
   * so a reschedule recorded just before a crash still moves the appointment.
   */
  async complete(
    id: string,
    recorded: RecordedReschedule,
    actor: AuditActor,
  ): Promise<Deadline | undefined> {
    const policy = { dueSoonWorkingHours: this.environment.DUE_SOON_WORKING_HOURS };
    const outcome = await this.updater.apply(id, {
      transition: (current) => current && applyReschedule(current, recorded, policy),
      action: 'deadline.rescheduled',
      actor,
    });
    return outcome.deadline;
  }

  async recorded(id: string): Promise<RecordedReschedule | null> {
    return this.reschedules.find(id);
  }
}

/** The officer who recorded a reschedule, as the audit actor of its late application. */
export function recorder(recorded: RecordedReschedule): AuditActor {
  return { subject: recorded.officerId, roles: [] };
}

export function toRescheduledEvent(
  deadline: Deadline,
  recorded: RecordedReschedule,
): DeadlineRescheduledV1 {
  return Object.assign(new DeadlineRescheduledV1(), {
    ...deadlineReference(deadline),
    dueAt: recorded.newDueAt.toISOString(),
    previousDueAt: recorded.previousDueAt.toISOString(),
    reason: recorded.reason,
    rescheduledAt: recorded.rescheduledAt.toISOString(),
    officerId: recorded.officerId,
  });
}
