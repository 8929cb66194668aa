import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { vietnamCalendarDate } from '@libs/clock';
import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { FilterQuery, Model } from 'mongoose';
import { Letter } from '../domain/letter';
import { LetterCountRecord } from './letter-count.schema';
import { isDuplicateKeyError } from '@libs/persistence';

export type LetterCounts = Record<LetterKind, number>;

@Injectable()
export class LetterCountRepository {
  constructor(
    @InjectModel(LetterCountRecord.name) private readonly model: Model<LetterCountRecord>,
  ) {}

  /**
   * Counts the letter in its month once: the increment only applies while the letter's id is
   * not yet in the counter, in the same single-document update that adds it.
   */
  async countOnce(letter: Letter): Promise<void> {
    const month = vietnamCalendarDate(letter.createdAt).slice(0, 7);
    try {
      await this.model
        .updateOne(
          { _id: `${letter.communeCode}|${letter.kind}|${month}`, letterIds: { $ne: letter.id } },
          {
            $inc: { count: 1 },
            $push: { letterIds: letter.id },
            $setOnInsert: {
              communeCode: letter.communeCode,
              provinceCode: letter.provinceCode,
              kind: letter.kind,
              month,
              year: month.slice(0, 4),
            },
          },
          { upsert: true },
        )
        .exec();
    } catch (error) {
      // The counter exists and already holds this letter: the upsert found no match.
      if (!isDuplicateKeyError(error)) {
        throw error;
      }
    }
  }

  /** Letters per kind in a month (YYYY-MM) or a year (YYYY); every kind is listed. */
  async countsFor(
    communeCode: string,
    period: string,
    tenantFilter: FilterQuery<LetterCountRecord>,
  ): Promise<LetterCounts> {
    const periodFilter = period.length === 4 ? { year: period } : { month: period };
    const records = await this.model
      .find({ $and: [{ communeCode, ...periodFilter }, tenantFilter] })
      .select({ kind: 1, count: 1 })
      .lean<Pick<LetterCountRecord, 'kind' | 'count'>[]>()
      .exec();
    const counts = Object.fromEntries(LETTER_KINDS.map((kind) => [kind, 0])) as LetterCounts;
    for (const record of records) {
      counts[record.kind as LetterKind] += record.count;
    }
    return counts;
  }
}
