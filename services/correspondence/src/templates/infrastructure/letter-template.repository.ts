import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import { LetterKind } from '@libs/contracts';
import { insertOnce } from '@libs/persistence';

import { LetterTemplate } from '../domain/letter-template';
import { LetterTemplateStore } from '../domain/letter-template.store';
import { LetterTemplateRecord } from './letter-template.schema';

@Injectable()
export class LetterTemplateRepository implements LetterTemplateStore, OnModuleInit {
  constructor(
    @InjectModel(LetterTemplateRecord.name) private readonly model: Model<LetterTemplateRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async latest(communeCode: string, kind: LetterKind): Promise<LetterTemplate | null> {
    const record = await this.model
      .findOne({ communeCode, kind })
      .sort({ version: -1 })
      .lean<LetterTemplateRecord>()
      .exec();
    return record ? toTemplate(record) : null;
  }

  async all(communeCode: string, kind: LetterKind): Promise<LetterTemplate[]> {
    const records = await this.model
      .find({ communeCode, kind })
      .sort({ version: 1 })
      .lean<LetterTemplateRecord[]>()
      .exec();
    return records.map(toTemplate);
  }

  /** False when this version was saved by someone else first. */
  async insert(
    template: LetterTemplate & { communeCode: string; createdAt: Date; createdBy: string },
    provinceCode: string,
    audit: AuditEntry,
  ): Promise<boolean> {
    return insertOnce(this.model, {
      _id: randomUUID(),
      communeCode: template.communeCode,
      provinceCode,
      kind: template.kind,
      version: template.version,
      title: template.title,
      salutation: template.salutation,
      paragraphs: template.paragraphs,
      createdAt: template.createdAt,
      createdBy: template.createdBy,
      audit: [audit],
    });
  }
}

function toTemplate(record: LetterTemplateRecord): LetterTemplate {
  return {
    kind: record.kind as LetterKind,
    version: record.version,
    source: 'commune',
    communeCode: record.communeCode,
    title: record.title,
    salutation: record.salutation,
    paragraphs: record.paragraphs,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
  };
}
