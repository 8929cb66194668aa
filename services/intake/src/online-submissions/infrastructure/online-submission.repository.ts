import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import type { TenantScope } from '@libs/auth';
import { tenantFilter } from '@libs/persistence';

import { ReceiveDossierRequest } from '../../dossiers/domain/dossier-rules';
import { OnlineSubmission, SubmissionEvent, SubmissionStatus } from '../domain/online-submission';
import { OnlineSubmissionStore } from '../domain/online-submission.store';
import { OnlineSubmissionRecord } from './online-submission.schema';

@Injectable()
export class OnlineSubmissionRepository implements OnlineSubmissionStore {
  constructor(
    @InjectModel(OnlineSubmissionRecord.name)
    private readonly model: Model<OnlineSubmissionRecord>,
  ) {}

  async insert(submission: OnlineSubmission): Promise<void> {
    await this.model.create(this.toRecord(submission));
  }

  /** Writes the change only if the submission is still in `expected` status; false otherwise. */
  async replace(submission: OnlineSubmission, expected: SubmissionStatus): Promise<boolean> {
    const result = await this.model
      .replaceOne({ _id: submission.id, status: expected }, this.toRecord(submission))
      .exec();
    return result.modifiedCount === 1;
  }

  async findById(id: string, scope: TenantScope): Promise<OnlineSubmission | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<OnlineSubmissionRecord>()
      .exec();
    return record ? this.toDomain(record) : null;
  }

  /** Oldest first: the desk accepts in the order citizens submitted. */
  async list(
    communeCode: string,
    status: SubmissionStatus | undefined,
    scope: TenantScope,
    limit: number,
  ): Promise<OnlineSubmission[]> {
    const records = await this.model
      .find({ $and: [tenantFilter(scope), { communeCode }, ...(status ? [{ status }] : [])] })
      .sort({ submittedAt: 1 })
      .limit(limit)
      .lean<OnlineSubmissionRecord[]>()
      .exec();
    return records.map((record) => this.toDomain(record));
  }

  private toRecord(submission: OnlineSubmission): OnlineSubmissionRecord {
    return {
      _id: submission.id,
      communeCode: submission.communeCode,
      provinceCode: submission.provinceCode,
      request: JSON.parse(JSON.stringify(submission.request)) as Record<string, unknown>,
      status: submission.status,
      submittedAt: submission.submittedAt,
      lastChangedAt: submission.lastChangedAt,
      history: submission.history.map((event) => ({ ...event })),
      dossier: submission.dossier ?? null,
      acceptingBy: submission.acceptingBy ?? null,
    };
  }

  private toDomain(record: OnlineSubmissionRecord): OnlineSubmission {
    return {
      id: record._id,
      communeCode: record.communeCode,
      provinceCode: record.provinceCode,
      request: record.request as unknown as ReceiveDossierRequest & { channel: 'online' },
      status: record.status as SubmissionStatus,
      submittedAt: record.submittedAt,
      lastChangedAt: record.lastChangedAt,
      history: record.history as unknown as SubmissionEvent[],
      ...(record.dossier ? { dossier: record.dossier } : {}),
      ...(record.acceptingBy ? { acceptingBy: record.acceptingBy } : {}),
    };
  }
}
