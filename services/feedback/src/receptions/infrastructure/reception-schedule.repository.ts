import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import type { TenantScope } from '@libs/auth';
import { tenantFilter } from '@libs/persistence';

import { ReceptionSchedule } from '../domain/reception-schedule';
import { ReceptionScheduleStore } from '../domain/reception-schedule.store';
import { ReceptionScheduleRecord } from './reception-schedule.schema';

@Injectable()
export class ReceptionScheduleRepository implements ReceptionScheduleStore {
  constructor(
    @InjectModel(ReceptionScheduleRecord.name)
    private readonly model: Model<ReceptionScheduleRecord>,
  ) {}

  async save(schedule: ReceptionSchedule): Promise<void> {
    await this.model
      .replaceOne(
        { _id: schedule.communeCode },
        { _id: schedule.communeCode, ...schedule },
        { upsert: true },
      )
      .exec();
  }

  async findById(communeCode: string, scope: TenantScope): Promise<ReceptionSchedule | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: communeCode }, tenantFilter(scope)] })
      .lean<ReceptionScheduleRecord>()
      .exec();
    if (!record) {
      return null;
    }
    const { _id: _key, ...schedule } = record;
    return { ...schedule, weekdays: [...schedule.weekdays] };
  }
}
