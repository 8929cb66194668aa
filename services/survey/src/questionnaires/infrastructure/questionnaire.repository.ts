import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { insertOnce, tenantFilter } from '@libs/persistence';

import { Questionnaire } from '../domain/questionnaire';
import { QuestionnaireStore } from '../domain/questionnaire.store';
import { QuestionnaireRecord } from './questionnaire.schema';

@Injectable()
export class QuestionnaireRepository implements QuestionnaireStore, OnModuleInit {
  constructor(
    @InjectModel(QuestionnaireRecord.name) private readonly model: Model<QuestionnaireRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** False when the commune already has this version number. */
  async insert(questionnaire: Questionnaire, audit: AuditEntry): Promise<boolean> {
    return insertOnce(this.model, {
      _id: questionnaire.id,
      communeCode: questionnaire.communeCode,
      provinceCode: questionnaire.provinceCode,
      version: questionnaire.version,
      title: questionnaire.title,
      introduction: questionnaire.introduction,
      anonymous: questionnaire.anonymous,
      questions: questionnaire.questions,
      publishedAt: questionnaire.publishedAt,
      publishedBy: questionnaire.publishedBy,
      audit: [audit],
    });
  }

  async latest(communeCode: string): Promise<Questionnaire | null> {
    const record = await this.model
      .findOne({ communeCode })
      .sort({ version: -1 })
      .lean<QuestionnaireRecord>()
      .exec();
    return record ? toQuestionnaire(record) : null;
  }

  /** For the service's own use (an invitation's pinned version); not tenant-scoped. */
  async findByIdAsSystem(id: string): Promise<Questionnaire | null> {
    const record = await this.model.findOne({ _id: id }).lean<QuestionnaireRecord>().exec();
    return record ? toQuestionnaire(record) : null;
  }

  async findById(id: string, scope: TenantScope): Promise<Questionnaire | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<QuestionnaireRecord>()
      .exec();
    return record ? toQuestionnaire(record) : null;
  }

  async list(communeCode: string, scope: TenantScope): Promise<Questionnaire[]> {
    const records = await this.model
      .find({ $and: [{ communeCode }, tenantFilter(scope)] })
      .sort({ version: -1 })
      .lean<QuestionnaireRecord[]>()
      .exec();
    return records.map(toQuestionnaire);
  }
}

function toQuestionnaire(record: QuestionnaireRecord): Questionnaire {
  return {
    id: record._id,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    version: record.version,
    title: record.title,
    introduction: record.introduction,
    anonymous: record.anonymous,
    questions: record.questions,
    publishedAt: record.publishedAt,
    publishedBy: record.publishedBy,
  };
}
