import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection, Model } from 'mongoose';

import { AuditEntry, usesAudit } from './audit-entry';

export interface AuditTrailRow extends AuditEntry {
  recordType: string;
  recordId: string;
}

/** Reads the audit trails of every audited collection of this service, for one commune. */
@Injectable()
export class AuditTrailService {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  async list(
    communeCode: string,
    range: { from: Date; to: Date; limit: number },
  ): Promise<AuditTrailRow[]> {
    const models = Object.values(this.connection.models).filter((model): model is Model<unknown> =>
      usesAudit(model.schema),
    );
    const perModel = await Promise.all(
      models.map(async (model) => {
        const rows = await model
          .aggregate<{ _id: unknown; audit: AuditEntry }>([
            { $match: { communeCode } },
            { $unwind: '$audit' },
            { $match: { 'audit.at': { $gte: range.from, $lte: range.to } } },
            { $project: { audit: 1 } },
          ])
          .exec();
        return rows.map((row) => ({
          ...row.audit,
          recordType: model.modelName,
          recordId: String(row._id),
        }));
      }),
    );
    return perModel
      .flat()
      .sort((a, b) => b.at.getTime() - a.at.getTime())
      .slice(0, range.limit);
  }
}
