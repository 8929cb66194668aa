import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { tenantFilter } from '@libs/persistence';

import { PrintBatch } from '../domain/print-batch';
import { PrintBatchStore } from '../domain/print-batch.store';
import { PrintBatchRecord } from './print-batch.schema';

@Injectable()
export class PrintBatchRepository implements PrintBatchStore {
  constructor(
    @InjectModel(PrintBatchRecord.name) private readonly model: Model<PrintBatchRecord>,
  ) {}

  async insert(batch: PrintBatch, audit: AuditEntry): Promise<void> {
    await this.model.create({
      _id: batch.id,
      communeCode: batch.communeCode,
      provinceCode: batch.provinceCode,
      date: batch.date,
      letterIds: batch.letterIds,
      createdAt: batch.createdAt,
      createdBy: batch.createdBy,
      audit: [audit],
    });
  }

  /** Keeps only the letters that were really marked printed (another change may have won). */
  async narrow(id: string, letterIds: string[]): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { letterIds } }).exec();
  }

  async findById(id: string, scope: TenantScope): Promise<PrintBatch | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<PrintBatchRecord>()
      .exec();
    return record
      ? {
          id: record._id,
          communeCode: record.communeCode,
          provinceCode: record.provinceCode,
          date: record.date,
          letterIds: record.letterIds,
          createdAt: record.createdAt,
          createdBy: record.createdBy,
        }
      : null;
  }
}
