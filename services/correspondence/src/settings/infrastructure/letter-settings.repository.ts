import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import { LetterKind } from '@libs/contracts';
import { DEFAULT_ONE_STOP_CENTRE, UnitNaming } from '@libs/documents';
import { isDuplicateKeyError } from '@libs/persistence';

import { DEFAULT_OCCASION_WINDOWS } from '../../letters/domain/occasion-window';
import {
  ApprovalFallback,
  DEFAULT_APOLOGY_APPROVAL,
  DEFAULT_NUMBER_SYMBOL,
  LetterSettings,
  SignerRole,
} from '../domain/letter-settings';
import { LetterSettingsStore } from '../domain/letter-settings.store';
import { LetterSettingsRecord } from './letter-settings.schema';

@Injectable()
export class LetterSettingsRepository implements LetterSettingsStore {
  constructor(
    @InjectModel(LetterSettingsRecord.name) private readonly model: Model<LetterSettingsRecord>,
  ) {}

  async find(communeCode: string): Promise<LetterSettings | null> {
    const record = await this.model.findById(communeCode).lean<LetterSettingsRecord>().exec();
    return record ? toSettings(record) : null;
  }

  /**
   * Saves settings whose version is one more than the stored one; false when someone else
   * saved in between (the caller re-reads and the leader retries).
   */
  async save(settings: LetterSettings, audit: AuditEntry): Promise<boolean> {
    const fields = {
      communeCode: settings.communeCode,
      provinceCode: settings.provinceCode,
      kinds: settings.kinds,
      signer: settings.signer,
      occasionWindows: settings.occasionWindows,
      apologyApproval: settings.apologyApproval,
      ...(settings.unitNaming ? { unitNaming: settings.unitNaming } : {}),
      oneStopCentreName: settings.oneStopCentreName,
      numberSymbol: settings.numberSymbol,
      version: settings.version,
      updatedAt: settings.updatedAt,
      updatedBy: settings.updatedBy,
    };
    if (settings.version === 1) {
      try {
        await this.model.create({ _id: settings.communeCode, ...fields, audit: [audit] });
        return true;
      } catch (error) {
        if (isDuplicateKeyError(error)) {
          return false;
        }
        throw error;
      }
    }
    const result = await this.model
      .updateOne(
        { _id: settings.communeCode, version: settings.version - 1 },
        { $set: fields, $push: { audit } },
      )
      .exec();
    return result.matchedCount === 1;
  }
}

function toSettings(record: LetterSettingsRecord): LetterSettings {
  return {
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    kinds: record.kinds.map((setting) => ({
      kind: setting.kind as LetterKind,
      enabled: setting.enabled,
      approvalRequired: setting.approvalRequired,
    })),
    signer: {
      role: record.signer.role as SignerRole,
      ...(record.signer.fullName ? { fullName: record.signer.fullName } : {}),
    },
    occasionWindows: record.occasionWindows
      ? { birthDays: record.occasionWindows.birthDays, deathDays: record.occasionWindows.deathDays }
      : { ...DEFAULT_OCCASION_WINDOWS },
    apologyApproval: record.apologyApproval
      ? {
          withinHours: record.apologyApproval.withinHours,
          otherwise: record.apologyApproval.otherwise as ApprovalFallback,
        }
      : { ...DEFAULT_APOLOGY_APPROVAL },
    ...(record.unitNaming ? { unitNaming: record.unitNaming as UnitNaming } : {}),
    oneStopCentreName: record.oneStopCentreName ?? DEFAULT_ONE_STOP_CENTRE,
    numberSymbol: record.numberSymbol ?? DEFAULT_NUMBER_SYMBOL,
    version: record.version,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}
