import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { insertOnce, tenantFilter } from '@libs/persistence';

import { FeedbackCategory } from '../../cases/domain/feedback-case';
import { Reception, ReceptionKind } from '../domain/reception';
import { ReceptionSearch, ReceptionStore, StoredReception } from '../domain/reception.store';
import { ReceptionRecord } from './reception.schema';

@Injectable()
export class ReceptionRepository implements ReceptionStore, OnModuleInit {
  constructor(@InjectModel(ReceptionRecord.name) private readonly model: Model<ReceptionRecord>) {}

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async insert(
    reception: Reception,
    request: { key: string; fingerprint: string },
    audit: AuditEntry,
  ): Promise<boolean> {
    return insertOnce(this.model, {
      _id: reception.id,
      communeCode: reception.communeCode,
      provinceCode: reception.provinceCode,
      kind: reception.kind,
      heldOn: reception.heldOn,
      leaderName: reception.leaderName,
      citizenCount: reception.citizenCount,
      location: reception.location,
      topic: reception.topic,
      issues: reception.issues.map((issue) => ({ ...issue, raisedBy: issue.raisedBy ?? null })),
      recordedAt: reception.recordedAt,
      recordedBy: reception.recordedBy,
      requestKey: request.key,
      requestFingerprint: request.fingerprint,
      audit: [audit],
    });
  }

  async findByRequestKey(key: string): Promise<StoredReception | null> {
    const record = await this.model.findOne({ requestKey: key }).lean<ReceptionRecord>().exec();
    return record
      ? { reception: toReception(record), requestFingerprint: record.requestFingerprint }
      : null;
  }

  async findById(id: string, scope: TenantScope): Promise<Reception | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<ReceptionRecord>()
      .exec();
    return record ? toReception(record) : null;
  }

  async search(criteria: ReceptionSearch): Promise<Reception[]> {
    const filter: FilterQuery<ReceptionRecord> = {};
    if (criteria.communeCode) {
      filter.communeCode = criteria.communeCode;
    }
    if (criteria.kind) {
      filter.kind = criteria.kind;
    }
    if (criteria.from || criteria.to) {
      filter.heldOn = {
        ...(criteria.from ? { $gte: criteria.from } : {}),
        ...(criteria.to ? { $lte: criteria.to } : {}),
      };
    }
    const records = await this.model
      .find({ $and: [filter, tenantFilter(criteria.scope)] })
      .sort({ heldOn: -1, recordedAt: -1 })
      .limit(criteria.limit)
      .lean<ReceptionRecord[]>()
      .exec();
    return records.map(toReception);
  }
}

function toReception(record: ReceptionRecord): Reception {
  return {
    id: record._id,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    kind: record.kind as ReceptionKind,
    heldOn: record.heldOn,
    leaderName: record.leaderName,
    citizenCount: record.citizenCount,
    ...(record.location ? { location: record.location } : {}),
    ...(record.topic ? { topic: record.topic } : {}),
    issues: record.issues.map((issue) => ({
      number: issue.number,
      summary: issue.summary,
      ...(issue.category ? { category: issue.category as FeedbackCategory } : {}),
      ...(issue.raisedBy
        ? {
            raisedBy: {
              fullName: issue.raisedBy.fullName,
              ...(issue.raisedBy.addressLine ? { addressLine: issue.raisedBy.addressLine } : {}),
              ...(issue.raisedBy.email ? { email: issue.raisedBy.email } : {}),
              ...(issue.raisedBy.phone ? { phone: issue.raisedBy.phone } : {}),
            },
          }
        : {}),
    })),
    recordedAt: record.recordedAt,
    recordedBy: record.recordedBy,
  };
}
