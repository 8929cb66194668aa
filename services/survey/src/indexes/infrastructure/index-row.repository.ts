import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';

import { isDuplicateKeyError, tenantFilter } from '@libs/persistence';

import { IndexRow, IndexRowSearch, IndexRowStore } from '../domain/index-row.store';
import { IndexDimension, IndexRowRef, IndexScope } from '../domain/satisfaction-index';
import { IndexRowRecord } from './index-row.schema';

@Injectable()
export class IndexRowRepository implements IndexRowStore, OnModuleInit {
  /** Rows known to exist; rows are never removed, so one upsert per row and process. */
  private readonly ensured = new Set<string>();

  constructor(@InjectModel(IndexRowRecord.name) private readonly model: Model<IndexRowRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async ensureRow(row: IndexRowRef): Promise<void> {
    if (this.ensured.has(row.id)) {
      return;
    }
    await this.upsertRow(row);
    this.ensured.add(row.id);
  }

  private async upsertRow(row: IndexRowRef): Promise<void> {
    try {
      await this.model
        .updateOne(
          { _id: row.id },
          {
            $setOnInsert: {
              scope: row.scope,
              campaignId: row.campaignId,
              communeCode: row.communeCode,
              provinceCode: row.provinceCode,
              period: row.period,
              dimension: row.dimension,
              dimensionKey: row.dimensionKey,
            },
          },
          { upsert: true },
        )
        .exec();
    } catch (error) {
      // Two writers created the row at once; it exists, which is all we asked.
      if (!isDuplicateKeyError(error)) {
        throw error;
      }
    }
  }

  /**
   * Adds the increments unless this row already counted the fact, in one conditional
   * single-document update. Returns false when it had.
   */
  async applyOnce(
    rowId: string,
    fact: string,
    increments: Record<string, number>,
    at: Date,
  ): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { _id: rowId, counted: { $ne: fact } },
        { $inc: increments, $addToSet: { counted: fact }, $set: { updatedAt: at } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  async search(criteria: IndexRowSearch): Promise<IndexRow[]> {
    const filter: FilterQuery<IndexRowRecord> = { scope: 'result' };
    if (criteria.communeCode) {
      filter.communeCode = criteria.communeCode;
    }
    if (criteria.period) {
      filter.period = criteria.period;
    }
    if (criteria.dimension) {
      filter.dimension = criteria.dimension;
    }
    const records = await this.model
      .find({ $and: [filter, tenantFilter(criteria.scope)] })
      .select('-counted')
      .lean<IndexRowRecord[]>()
      .exec();
    return records.map(toIndexRow);
  }

  async forCampaign(campaignId: string): Promise<IndexRow | null> {
    const record = await this.model
      .findOne({ scope: 'campaign', campaignId, dimension: 'commune' })
      .select('-counted')
      .lean<IndexRowRecord>()
      .exec();
    return record ? toIndexRow(record) : null;
  }
}

function toIndexRow(record: IndexRowRecord): IndexRow {
  return {
    id: record._id,
    scope: record.scope as IndexScope,
    campaignId: record.campaignId ?? null,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    period: record.period ?? null,
    dimension: record.dimension as IndexDimension,
    dimensionKey: record.dimensionKey ?? '',
    counts: {
      invitations: record.invitations ?? 0,
      returnedLate: record.returnedLate ?? 0,
      answers: record.answers ?? 0,
      satisfied: record.satisfied ?? 0,
      dissatisfied: record.dissatisfied ?? 0,
      overall: record.overall ?? {},
      sipas: record.sipas ?? {},
      conduct: record.conduct ?? {},
    },
  };
}
