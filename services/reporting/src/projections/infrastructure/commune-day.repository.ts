import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { isDuplicateKeyError } from '@libs/persistence';

import { CommuneDay, CommuneDayStore } from '../domain/commune-day.store';
import { DayCounts } from '../domain/day-contribution';
import { CommuneDayRecord } from './commune-day.schema';

@Injectable()
export class CommuneDayRepository implements CommuneDayStore, OnModuleInit {
  constructor(
    @InjectModel(CommuneDayRecord.name) private readonly model: Model<CommuneDayRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /**
   * Adds the increments to the bucket unless it already counted the event, in one
   * single-document upsert. Returns false when it had: the filter then misses the existing
   * bucket and the upsert's insert is refused by its id.
   */
  async applyOnce(
    bucket: { communeCode: string; provinceCode: string; day: string },
    eventId: string,
    increments: DayCounts,
    at: Date,
  ): Promise<boolean> {
    const inc = Object.fromEntries(
      Object.entries(increments).map(([counter, value]) => [`c.${counter}`, value]),
    );
    try {
      const result = await this.model
        .updateOne(
          { _id: `${bucket.communeCode}:${bucket.day}`, counted: { $ne: eventId } },
          {
            $inc: inc,
            $addToSet: { counted: eventId },
            $set: { updatedAt: at },
            $setOnInsert: {
              communeCode: bucket.communeCode,
              provinceCode: bucket.provinceCode,
              day: bucket.day,
            },
          },
          { upsert: true },
        )
        .exec();
      return result.modifiedCount + result.upsertedCount === 1;
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        return false;
      }
      throw error;
    }
  }

  /** A commune's buckets from `from` to `to` (inclusive days). */
  async forCommune(communeCode: string, from: string, to: string): Promise<CommuneDay[]> {
    return this.find({ communeCode, day: { $gte: from, $lte: to } });
  }

  /** Every bucket of a province's communes from `from` to `to`. */
  async forProvince(provinceCode: string, from: string, to: string): Promise<CommuneDay[]> {
    return this.find({ provinceCode, day: { $gte: from, $lte: to } });
  }

  /** The most recent change to any bucket, or null before the first event. */
  async lastUpdatedAt(): Promise<Date | null> {
    const latest = await this.model
      .findOne({ updatedAt: { $ne: null } })
      .sort({ updatedAt: -1 })
      .select({ updatedAt: 1 })
      .lean<{ updatedAt: Date | null }>()
      .exec();
    return latest?.updatedAt ?? null;
  }

  private async find(filter: Record<string, unknown>): Promise<CommuneDay[]> {
    const records = await this.model
      .find(filter)
      .select({ communeCode: 1, day: 1, c: 1 })
      .lean<Pick<CommuneDayRecord, 'communeCode' | 'day' | 'c'>[]>()
      .exec();
    return records.map((record) => ({
      communeCode: record.communeCode,
      day: record.day,
      counts: record.c ?? {},
    }));
  }
}
