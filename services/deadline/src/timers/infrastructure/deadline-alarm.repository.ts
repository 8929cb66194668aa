import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { OutboxEntry, withOutbox } from '@libs/messaging';
import { insertOnce } from '@libs/persistence';

import { Deadline } from '../../tracking/domain/deadline';
import { DeadlineAlarmStore } from '../domain/deadline-alarm.store';
import { DeadlineAlarmRecord } from './deadline-alarm.schema';

export function alarmKey(deadlineId: string, kind: 'due-soon' | 'overdue', dueAt: Date): string {
  return `${deadlineId}|${kind}|${dueAt.toISOString()}`;
}

@Injectable()
export class DeadlineAlarmRepository implements DeadlineAlarmStore {
  constructor(
    @InjectModel(DeadlineAlarmRecord.name) private readonly model: Model<DeadlineAlarmRecord>,
  ) {}

  /** Records the alarm with its event; false when it was already raised (by any replica). */
  async raiseOnce(
    deadline: Deadline,
    alarm: { kind: 'due-soon' | 'overdue'; dueAt: Date; raisedAt: Date },
    event: OutboxEntry,
  ): Promise<boolean> {
    return insertOnce(this.model, {
      _id: alarmKey(deadline.id, alarm.kind, alarm.dueAt),
      deadlineId: deadline.id,
      kind: alarm.kind,
      dueAt: alarm.dueAt,
      raisedAt: alarm.raisedAt,
      communeCode: deadline.communeCode,
      provinceCode: deadline.provinceCode,
      ...withOutbox([event]),
    });
  }
}
