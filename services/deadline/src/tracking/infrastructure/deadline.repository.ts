import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, UpdateQuery } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { DeadlineSubject, DossierStatus } from '@libs/contracts';
import { insertOnce, tenantFilter } from '@libs/persistence';

import { CloseReason, Deadline, DeadlineStage, DeadlineState } from '../domain/deadline';
import {
  AlarmAdvance,
  DeadlineSearch,
  DeadlineStore,
  DeadlineView,
  StoredDeadline,
} from '../domain/deadline.store';
import { DeadlineRecord } from './deadline.schema';

const VIEW_FILTERS: Record<DeadlineView, FilterQuery<DeadlineRecord>> = {
  open: { state: 'open' },
  'due-soon': { state: 'open', stage: 'due-soon-sent' },
  overdue: { state: 'open', stage: 'overdue-sent' },
  closed: { state: 'closed' },
};

@Injectable()
export class DeadlineRepository implements DeadlineStore, OnModuleInit {
  constructor(@InjectModel(DeadlineRecord.name) private readonly model: Model<DeadlineRecord>) {}

  async onModuleInit(): Promise<void> {
    // The timer's index must exist before the first scan.
    await this.model.init();
  }

  /** Stores a new deadline; false if the subject already has one. */
  async insert(deadline: Deadline, audit: AuditEntry): Promise<boolean> {
    return insertOnce(this.model, {
      _id: deadline.id,
      ...toDeadlineRecordFields(deadline),
      revision: 0,
      audit: [audit],
    });
  }

  /**
   * Writes the new state with its audit entry in one update, only over the revision that
   * was read; null when someone else wrote first.
   */
  async save(stored: StoredDeadline, next: Deadline, audit: AuditEntry): Promise<Deadline | null> {
    const update: UpdateQuery<DeadlineRecord> = {
      $set: toDeadlineRecordFields(next),
      $inc: { revision: 1 },
      $push: { audit },
    };
    const record = await this.model
      .findOneAndUpdate({ _id: next.id, revision: stored.revision }, update, { new: true })
      .lean<DeadlineRecord>()
      .exec();
    return record ? toDeadline(record) : null;
  }

  /** Internal read (event handlers, timer): no tenant filter. */
  async findByIdAsSystem(id: string): Promise<StoredDeadline | null> {
    const record = await this.model.findOne({ _id: id }).lean<DeadlineRecord>().exec();
    return record ? { deadline: toDeadline(record), revision: record.revision } : null;
  }

  async findById(id: string, scope: TenantScope): Promise<StoredDeadline | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id, opened: true }, tenantFilter(scope)] })
      .lean<DeadlineRecord>()
      .exec();
    return record ? { deadline: toDeadline(record), revision: record.revision } : null;
  }

  async findBySubject(subjectId: string, scope: TenantScope): Promise<Deadline | null> {
    const record = await this.model
      .findOne({
        $and: [{ subjectId: subjectId.toLowerCase(), opened: true }, tenantFilter(scope)],
      })
      .lean<DeadlineRecord>()
      .exec();
    return record ? toDeadline(record) : null;
  }

  /** Soonest due first. */
  async search(criteria: DeadlineSearch): Promise<Deadline[]> {
    const filter: FilterQuery<DeadlineRecord> = { opened: true, ...VIEW_FILTERS[criteria.view] };
    if (criteria.communeCode) {
      filter.communeCode = criteria.communeCode;
    }
    const records = await this.model
      .find({ $and: [filter, tenantFilter(criteria.scope)] })
      .sort({ dueAt: 1 })
      .limit(criteria.limit)
      .lean<DeadlineRecord[]>()
      .exec();
    return records.map(toDeadline);
  }

  /** Deadlines whose next check has come, earliest first; reads only those (indexed). */
  async findDue(now: Date, limit: number): Promise<Deadline[]> {
    const records = await this.model
      .find({ nextCheckAt: { $lte: now } })
      .sort({ nextCheckAt: 1 })
      .limit(limit)
      .lean<DeadlineRecord[]>()
      .exec();
    return records.map(toDeadline);
  }

  /**
   * Moves a deadline to the stage of an alarm already raised (see DeadlineAlarmRepository),
   * only from the stage and appointment it was raised for. Replicas that raced for the alarm
   * all write the same values; the one that raised it adds the audit entry.
   */
  async advanceAlarm(id: string, advance: AlarmAdvance, audit?: AuditEntry): Promise<boolean> {
    const record = await this.model
      .findOneAndUpdate(
        {
          _id: id,
          state: 'open',
          stage: advance.expectedStage,
          dueAt: advance.expectedDueAt,
          nextCheckAt: { $lte: advance.now },
        },
        {
          $set: { stage: advance.stage, nextCheckAt: advance.nextCheckAt ?? null },
          $inc: { revision: 1 },
          ...(audit ? { $push: { audit } } : {}),
        },
        { new: true },
      )
      .lean<DeadlineRecord>()
      .exec();
    return record !== null;
  }

  /** Corrects a stored check instant that no alarm answers (no event, no audit entry). */
  async moveNextCheck(deadline: Deadline, nextCheckAt: Date | undefined): Promise<void> {
    await this.model
      .updateOne(
        { _id: deadline.id, stage: deadline.stage, nextCheckAt: deadline.nextCheckAt ?? null },
        { $set: { nextCheckAt: nextCheckAt ?? null }, $inc: { revision: 1 } },
      )
      .exec();
  }
}

/**
 * The stored fields of a deadline but its id and the repository's own (the bench's preload
 * writes its deadlines with them too).
 */
export function toDeadlineRecordFields(
  deadline: Deadline,
): Omit<DeadlineRecord, '_id' | keyof ManagedFields> {
  return {
    subjectType: deadline.subjectType,
    subjectId: deadline.subjectId.toLowerCase(),
    subjectCode: deadline.subjectCode,
    communeCode: deadline.communeCode,
    provinceCode: deadline.provinceCode,
    category: deadline.category,
    officerId: deadline.officerId ?? null,
    opened: deadline.opened,
    state: deadline.state,
    stage: deadline.stage,
    receivedAt: deadline.receivedAt ?? null,
    legalWorkingDays: deadline.legalWorkingDays ?? null,
    originalDueAt: deadline.originalDueAt ?? null,
    dueAt: deadline.dueAt ?? null,
    dueSoonAt: deadline.dueSoonAt ?? null,
    nextCheckAt: deadline.nextCheckAt ?? null,
    status: deadline.status ?? null,
    statusChangedAt: deadline.statusChangedAt ?? null,
    closedAt: deadline.closedAt ?? null,
    closeReason: deadline.closeReason ?? null,
    onTime: deadline.onTime ?? null,
    reschedule: deadline.reschedule ?? null,
  };
}

interface ManagedFields {
  revision: number;
  audit: unknown;
}

function toDeadline(record: DeadlineRecord): Deadline {
  const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
    (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
  return {
    id: record._id,
    subjectType: record.subjectType as DeadlineSubject,
    subjectId: record.subjectId,
    subjectCode: record.subjectCode,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    category: record.category,
    opened: record.opened,
    state: record.state as DeadlineState,
    stage: record.stage as DeadlineStage,
    ...optional('officerId', record.officerId),
    ...optional('receivedAt', record.receivedAt),
    ...optional('legalWorkingDays', record.legalWorkingDays),
    ...optional('originalDueAt', record.originalDueAt),
    ...optional('dueAt', record.dueAt),
    ...optional('dueSoonAt', record.dueSoonAt),
    ...optional('nextCheckAt', record.nextCheckAt),
    ...optional('status', record.status as DossierStatus | null),
    ...optional('statusChangedAt', record.statusChangedAt),
    ...optional('closedAt', record.closedAt),
    ...optional('closeReason', record.closeReason as CloseReason | null),
    ...optional('onTime', record.onTime),
    ...(record.reschedule
      ? {
          reschedule: {
            rescheduledAt: record.reschedule.rescheduledAt,
            previousDueAt: record.reschedule.previousDueAt,
            reason: record.reschedule.reason,
            officerId: record.reschedule.officerId,
          },
        }
      : {}),
  };
}
