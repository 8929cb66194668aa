import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { insertOnce, isDuplicateKeyError, tenantFilter } from '@libs/persistence';

import { BoxLocationKind, SuggestionBox } from '../domain/suggestion-box';
import { SuggestionBoxStore } from '../domain/suggestion-box.store';
import { SuggestionBoxRecord } from './suggestion-box.schema';

export const nameKeyOf = (name: string): string => name.toLocaleLowerCase('vi');

@Injectable()
export class SuggestionBoxRepository implements SuggestionBoxStore, OnModuleInit {
  constructor(
    @InjectModel(SuggestionBoxRecord.name) private readonly model: Model<SuggestionBoxRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** False when the commune already has a box with that name. */
  async insert(box: SuggestionBox, audit: AuditEntry): Promise<boolean> {
    return insertOnce(this.model, {
      _id: box.id,
      communeCode: box.communeCode,
      provinceCode: box.provinceCode,
      name: box.name,
      nameKey: nameKeyOf(box.name),
      locationKind: box.locationKind,
      address: box.address,
      active: box.active,
      createdAt: box.createdAt,
      audit: [audit],
    });
  }

  /** Stores the new values with the audit entry; 'name-taken' on a clash of names. */
  async update(box: SuggestionBox, audit: AuditEntry): Promise<'updated' | 'name-taken'> {
    try {
      await this.model
        .updateOne(
          { _id: box.id },
          {
            $set: {
              name: box.name,
              nameKey: nameKeyOf(box.name),
              locationKind: box.locationKind,
              address: box.address,
              active: box.active,
            },
            $push: { audit },
          },
        )
        .exec();
      return 'updated';
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        return 'name-taken';
      }
      throw error;
    }
  }

  async findById(id: string, scope: TenantScope): Promise<SuggestionBox | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<SuggestionBoxRecord>()
      .exec();
    return record ? toBox(record) : null;
  }

  async search(criteria: {
    scope: TenantScope;
    communeCode?: string;
    active?: boolean;
  }): Promise<SuggestionBox[]> {
    const filter: FilterQuery<SuggestionBoxRecord> = {};
    if (criteria.communeCode) {
      filter.communeCode = criteria.communeCode;
    }
    if (criteria.active !== undefined) {
      filter.active = criteria.active;
    }
    const records = await this.model
      .find({ $and: [filter, tenantFilter(criteria.scope)] })
      .sort({ communeCode: 1, name: 1 })
      .limit(500)
      .lean<SuggestionBoxRecord[]>()
      .exec();
    return records.map(toBox);
  }
}

function toBox(record: SuggestionBoxRecord): SuggestionBox {
  return {
    id: record._id,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    name: record.name,
    locationKind: record.locationKind as BoxLocationKind,
    address: record.address,
    active: record.active,
    createdAt: record.createdAt,
  };
}
