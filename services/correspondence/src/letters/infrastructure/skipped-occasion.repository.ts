import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import type { TenantScope } from '@libs/auth';
import { EventEnvelope, LetterKind } from '@libs/contracts';
import { tenantFilter } from '@libs/persistence';

import { LetterRequest } from '../domain/letter-requests';
import { WindowCheck } from '../domain/occasion-window';
import { SkippedOccasion, SkippedOccasionStore } from '../domain/skipped-occasion.store';
import { SkippedOccasionRecord } from './skipped-occasion.schema';

@Injectable()
export class SkippedOccasionRepository implements SkippedOccasionStore {
  constructor(
    @InjectModel(SkippedOccasionRecord.name) private readonly model: Model<SkippedOccasionRecord>,
  ) {}

  /** Records the skip once per fact; a redelivered event leaves the first record as it is. */
  async record(
    request: LetterRequest & { occasion: NonNullable<LetterRequest['occasion']> },
    provinceCode: string,
    check: WindowCheck,
    envelope: EventEnvelope,
    at: Date,
  ): Promise<void> {
    const plain = (value: unknown): Record<string, unknown> =>
      JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    await this.model
      .updateOne(
        { _id: `${request.kind}:${request.subjectKey}` },
        {
          $setOnInsert: {
            kind: request.kind,
            subjectKey: request.subjectKey,
            communeCode: request.communeCode,
            provinceCode,
            reason: 'outside-window',
            eventDate: request.occasion.eventDate,
            registeredOn: request.occasion.registeredOn,
            days: check.days,
            windowDays: check.windowDays,
            request: plain(request),
            envelope: plain(envelope),
            recordedAt: at,
          },
        },
        { upsert: true },
      )
      .exec();
  }

  async findById(id: string, scope: TenantScope): Promise<SkippedOccasion | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<SkippedOccasionRecord>()
      .exec();
    return record ? toSkipped(record) : null;
  }

  async search(
    communeCode: string | undefined,
    scope: TenantScope,
    limit: number,
  ): Promise<SkippedOccasion[]> {
    const records = await this.model
      .find({ $and: [communeCode ? { communeCode } : {}, tenantFilter(scope)] })
      .sort({ recordedAt: -1, _id: 1 })
      .limit(limit)
      .lean<SkippedOccasionRecord[]>()
      .exec();
    return records.map(toSkipped);
  }
}

function toSkipped(record: SkippedOccasionRecord): SkippedOccasion {
  return {
    id: record._id,
    kind: record.kind as LetterKind,
    subjectKey: record.subjectKey,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    reason: 'outside-window',
    eventDate: record.eventDate,
    registeredOn: record.registeredOn,
    days: record.days,
    windowDays: record.windowDays,
    request: record.request as unknown as LetterRequest,
    envelope: record.envelope as unknown as EventEnvelope,
    recordedAt: record.recordedAt,
  };
}
