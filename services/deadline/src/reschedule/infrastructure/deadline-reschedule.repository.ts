import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { OutboxEntry, withOutbox } from '@libs/messaging';
import { insertOnce } from '@libs/persistence';

import { Deadline } from '../../tracking/domain/deadline';
import { DeadlineRescheduleStore } from '../domain/deadline-reschedule.store';
import { RecordedReschedule } from '../domain/reschedule';
import { DeadlineRescheduleRecord } from './deadline-reschedule.schema';

@Injectable()
export class DeadlineRescheduleRepository implements DeadlineRescheduleStore {
  constructor(
    @InjectModel(DeadlineRescheduleRecord.name)
    private readonly model: Model<DeadlineRescheduleRecord>,
  ) {}

  /** Records the reschedule with its apology event; false when the deadline already has one. */
  async recordOnce(
    deadline: Deadline,
    recorded: RecordedReschedule,
    event: OutboxEntry,
  ): Promise<boolean> {
    return insertOnce(this.model, {
      _id: deadline.id,
      communeCode: deadline.communeCode,
      provinceCode: deadline.provinceCode,
      ...recorded,
      ...withOutbox([event]),
    });
  }

  async find(deadlineId: string): Promise<RecordedReschedule | null> {
    const record = await this.model
      .findOne({ _id: deadlineId })
      .lean<DeadlineRescheduleRecord>()
      .exec();
    return record
      ? {
          newDueAt: record.newDueAt,
          previousDueAt: record.previousDueAt,
          reason: record.reason,
          officerId: record.officerId,
          rescheduledAt: record.rescheduledAt,
        }
      : null;
  }
}
