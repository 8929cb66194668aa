import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import type { TenantScope } from '@libs/auth';
import { tenantFilter } from '@libs/persistence';

import { PERSONAL_DATA_ACCESS_MODEL, PersonalDataAccessEntry } from './personal-data-access';

export interface PersonalDataAccessQuery {
  /** The communes and province the reader of the log may see. */
  scope: TenantScope;
  from: Date;
  to: Date;
  subject?: string;
  recordKind?: string;
  recordId?: string;
  limit: number;
}

/** The service's log of reads of personal data: written before the answer, read by leaders. */
@Injectable()
export class PersonalDataAccessLog {
  constructor(
    @InjectModel(PERSONAL_DATA_ACCESS_MODEL)
    private readonly entries: Model<PersonalDataAccessEntry>,
  ) {}

  /** Resolves once the entries are stored; a failure must fail the read it records. */
  async record(entries: PersonalDataAccessEntry[]): Promise<void> {
    if (entries.length > 0) {
      await this.entries.insertMany(entries, { ordered: true });
    }
  }

  async list(query: PersonalDataAccessQuery): Promise<PersonalDataAccessEntry[]> {
    return this.entries
      .find(
        {
          $and: [
            tenantFilter(query.scope),
            { at: { $gte: query.from, $lte: query.to } },
            ...(query.subject ? [{ subject: query.subject }] : []),
            ...(query.recordKind ? [{ recordKind: query.recordKind }] : []),
            ...(query.recordId ? [{ recordId: query.recordId }] : []),
          ],
        },
        { _id: 0 },
      )
      .sort({ at: -1 })
      .limit(query.limit)
      .lean<PersonalDataAccessEntry[]>()
      .exec();
  }
}
