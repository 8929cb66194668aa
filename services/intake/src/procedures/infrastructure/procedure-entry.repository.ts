import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import { TenantRef } from '@libs/auth';
import { HourMinute } from '@libs/calendar';

import { CivilStatusOutcome, ProcedureDefinition, ServiceLevel } from '../domain/procedure';
import { ProcedureEntryStore } from '../domain/procedure-entry.store';
import { ProcedureEntryRecord } from './procedure-entry.schema';

@Injectable()
export class ProcedureEntryRepository implements ProcedureEntryStore {
  constructor(
    @InjectModel(ProcedureEntryRecord.name)
    private readonly model: Model<ProcedureEntryRecord>,
  ) {}

  /** Entries are public (the posted schedule), so reads need no tenant filter. */
  async forCommune(communeCode: string): Promise<ProcedureDefinition[]> {
    const records = await this.model
      .find({ communeCode })
      .sort({ key: 1 })
      .lean<ProcedureEntryRecord[]>()
      .exec();
    return records.map(toDefinition);
  }

  async find(communeCode: string, key: string): Promise<ProcedureDefinition | null> {
    const record = await this.model
      .findOne({ _id: `${communeCode}:${key}` })
      .lean<ProcedureEntryRecord>()
      .exec();
    return record ? toDefinition(record) : null;
  }

  async save(
    tenant: TenantRef,
    definition: ProcedureDefinition,
    audit: AuditEntry,
  ): Promise<ProcedureDefinition> {
    const record = await this.model
      .findOneAndUpdate(
        { _id: `${tenant.communeCode}:${definition.key}` },
        {
          $set: {
            name: definition.name,
            nationalCode: definition.nationalCode ?? null,
            legalBasis: definition.legalBasis ?? null,
            processingWorkingDays: definition.processingWorkingDays,
            cutoff: definition.cutoff ?? null,
            feeVnd: definition.feeVnd,
            feeNote: definition.feeNote ?? null,
            serviceLevel: definition.serviceLevel,
            civilStatusOutcome: definition.civilStatusOutcome,
            active: definition.active,
          },
          $setOnInsert: {
            communeCode: tenant.communeCode,
            provinceCode: tenant.provinceCode,
            key: definition.key,
          },
          $push: { audit },
        },
        { upsert: true, new: true },
      )
      .lean<ProcedureEntryRecord>()
      .exec();
    return toDefinition(record);
  }
}

function toDefinition(record: ProcedureEntryRecord): ProcedureDefinition {
  return {
    key: record.key,
    name: record.name,
    ...(record.nationalCode ? { nationalCode: record.nationalCode } : {}),
    ...(record.legalBasis ? { legalBasis: record.legalBasis } : {}),
    processingWorkingDays: record.processingWorkingDays,
    ...(record.cutoff ? { cutoff: record.cutoff as HourMinute } : {}),
    feeVnd: record.feeVnd,
    ...(record.feeNote ? { feeNote: record.feeNote } : {}),
    serviceLevel: record.serviceLevel as ServiceLevel,
    civilStatusOutcome: record.civilStatusOutcome as CivilStatusOutcome,
    active: record.active,
  };
}
