import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { isDuplicateKeyError } from '@libs/persistence';

import { DailySequenceRecord } from './daily-sequence.schema';

/**
 * Gap-tolerant daily numbering: one atomic `$inc` on a counter document, so replicas never
 * hand out the same number. A number taken by a request that then fails is not reused.
 */
@Injectable()
export class DailySequenceRepository {
  constructor(
    @InjectModel(DailySequenceRecord.name) private readonly model: Model<DailySequenceRecord>,
  ) {}

  async next(series: string, scope: string, day: string): Promise<number> {
    const id = `${series}:${scope}:${day}`;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const record = await this.model
          .findOneAndUpdate({ _id: id }, { $inc: { value: 1 } }, { upsert: true, new: true })
          .lean<DailySequenceRecord>()
          .exec();
        return record.value;
      } catch (error) {
        // Two first numbers of the day race to create the counter; the loser just retries.
        if (!isDuplicateKeyError(error) || attempt >= 3) {
          throw error;
        }
      }
    }
  }
}
