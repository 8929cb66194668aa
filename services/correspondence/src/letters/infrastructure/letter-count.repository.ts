import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import type { TenantScope } from '@libs/auth';
import { startOfVietnamDay } from '@libs/clock';
import { LETTER_KINDS, LetterKind } from '@libs/contracts';
import { tenantFilter } from '@libs/persistence';

import { LetterCounts, LetterCountStore } from '../domain/letter-count.store';
import { LetterRecord } from './letter.schema';

/**
 * Letters written per kind in a period, counted from the letters themselves: one letter per
 * fact (the unique subject key) is already the exact count, so no counter can drift from it
 * and no document grows with every letter.
 */
@Injectable()
export class LetterCountRepository implements LetterCountStore {
  constructor(@InjectModel(LetterRecord.name) private readonly model: Model<LetterRecord>) {}

  /** Letters per kind in a month (YYYY-MM) or a year (YYYY), Vietnam time; every kind is listed. */
  async countsFor(communeCode: string, period: string, scope: TenantScope): Promise<LetterCounts> {
    const { from, to } = periodBounds(period);
    const groups = await this.model
      .aggregate<{ _id: string; count: number }>([
        {
          $match: {
            $and: [{ communeCode, createdAt: { $gte: from, $lt: to } }, tenantFilter(scope)],
          },
        },
        { $group: { _id: '$kind', count: { $sum: 1 } } },
      ])
      .exec();
    const counts = Object.fromEntries(LETTER_KINDS.map((kind) => [kind, 0])) as LetterCounts;
    for (const group of groups) {
      if (group._id in counts) {
        counts[group._id as LetterKind] = group.count;
      }
    }
    return counts;
  }
}

function periodBounds(period: string): { from: Date; to: Date } {
  const year = Number(period.slice(0, 4));
  if (period.length === 4) {
    return { from: vietnamMidnight(year, 1), to: vietnamMidnight(year + 1, 1) };
  }
  const month = Number(period.slice(5, 7));
  return {
    from: vietnamMidnight(year, month),
    to: month === 12 ? vietnamMidnight(year + 1, 1) : vietnamMidnight(year, month + 1),
  };
}

/** A period's bounds are midnight in Vietnam. */
function vietnamMidnight(year: number, month: number): Date {
  return startOfVietnamDay(`${year}-${String(month).padStart(2, '0')}-01`);
}
