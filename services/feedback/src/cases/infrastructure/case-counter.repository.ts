import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { isDuplicateKeyError } from '@libs/persistence';

import { CaseCounterStore } from '../domain/case-counter.store';
import { CaseCounterRecord } from './case-counter.schema';

@Injectable()
export class CaseCounterRepository implements CaseCounterStore {
  constructor(
    @InjectModel(CaseCounterRecord.name) private readonly model: Model<CaseCounterRecord>,
  ) {}

  /** The next number for the commune and year; concurrent callers never get the same one. */
  async next(communeCode: string, year: number): Promise<number> {
    const id = `${communeCode}:${year}`;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const counter = await this.model
          .findOneAndUpdate({ _id: id }, { $inc: { sequence: 1 } }, { new: true, upsert: true })
          .lean<CaseCounterRecord>()
          .exec();
        return counter.sequence;
      } catch (error) {
        // Two first cases of a year may both try to create the counter; one insert wins and
        // the other simply increments it on the next try.
        if (isDuplicateKeyError(error) && attempt < 3) {
          continue;
        }
        throw error;
      }
    }
  }
}
