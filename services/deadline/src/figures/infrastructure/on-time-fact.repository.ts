import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';

import type { TenantScope } from '@libs/auth';
import { insertOnce, tenantFilter } from '@libs/persistence';

import { OnTimeFactStore } from '../domain/on-time-fact.store';
import { FigureFact, FigureKey, FigureRow } from '../domain/on-time-figures';
import { OnTimeFactRecord } from './on-time-fact.schema';

type RowKey = Omit<FigureKey, 'period' | 'provinceCode'> & { provinceCode?: string };

interface CountGroup {
  _id: RowKey & { kind: 'received' | 'returned'; onTime: boolean | null };
  count: number;
}

interface HoursGroup {
  _id: RowKey;
  hours: number;
}

const ROW_KEY = {
  communeCode: '$communeCode',
  provinceCode: '$provinceCode',
  subjectType: '$subjectType',
  category: '$category',
  officerId: '$officerId',
};

const rowId = (key: RowKey): string =>
  [key.communeCode, key.subjectType, key.category, key.officerId].join('|');

/** The stored form of a counted fact (the bench's preload writes its facts so too). */
export function toOnTimeFactRecord(fact: FigureFact): OnTimeFactRecord {
  return {
    _id: fact.factKey,
    deadlineId: fact.deadlineId,
    ...fact.key,
    kind: fact.kind,
    onTime: fact.onTime ?? null,
    processingWorkingHours: fact.processingWorkingHours,
  };
}

@Injectable()
export class OnTimeFactRepository implements OnTimeFactStore, OnModuleInit {
  constructor(
    @InjectModel(OnTimeFactRecord.name) private readonly model: Model<OnTimeFactRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** Stores the fact unless it is already counted; true when it was new. */
  async recordOnce(fact: FigureFact): Promise<boolean> {
    return insertOnce(this.model, toOnTimeFactRecord(fact));
  }

  /**
   * The month's figures per commune, subject type, category and officer, in two groupings.
   */
  async rows(criteria: {
    period: string;
    communeCode?: string;
    scope: TenantScope;
  }): Promise<FigureRow[]> {
    const match: FilterQuery<OnTimeFactRecord> = {
      $and: [
        {
          period: criteria.period,
          ...(criteria.communeCode ? { communeCode: criteria.communeCode } : {}),
        },
        tenantFilter(criteria.scope),
      ],
    };
    const [counts, hours] = await Promise.all([
      this.model
        .aggregate<CountGroup>([
          { $match: match },
          {
            $group: {
              _id: { ...ROW_KEY, kind: '$kind', onTime: '$onTime' },
              count: { $sum: 1 },
            },
          },
        ])
        .exec(),
      this.model
        .aggregate<HoursGroup>([
          { $match: { $and: [match, { kind: 'returned' }] } },
          { $group: { _id: ROW_KEY, hours: { $sum: '$processingWorkingHours' } } },
        ])
        .exec(),
    ]);
    const rows = new Map<string, FigureRow>();
    const rowFor = (key: RowKey): FigureRow => {
      const id = rowId(key);
      let row = rows.get(id);
      if (!row) {
        row = {
          period: criteria.period,
          communeCode: key.communeCode,
          provinceCode: key.provinceCode ?? '',
          subjectType: key.subjectType,
          category: key.category,
          officerId: key.officerId,
          received: 0,
          returned: 0,
          returnedOnTime: 0,
          late: 0,
          processingWorkingHours: 0,
        };
        rows.set(id, row);
      }
      return row;
    };
    for (const { _id: key, count } of counts) {
      const row = rowFor(key);
      if (key.kind === 'received') {
        row.received += count;
      } else {
        row.returned += count;
        if (key.onTime) {
          row.returnedOnTime += count;
        } else {
          row.late += count;
        }
      }
    }
    for (const { _id: key, hours: sum } of hours) {
      rowFor(key).processingWorkingHours += sum;
    }
    return [...rows.values()];
  }
}
