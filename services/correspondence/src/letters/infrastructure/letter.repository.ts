import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AuditEntry } from '@libs/audit';
import { LetterKind } from '@libs/contracts';
import { OutboxEntry } from '@libs/messaging';
import { FilterQuery, Model } from 'mongoose';
import { Letter } from '../domain/letter';
import { LetterRecord } from './letter.schema';

const DUPLICATE_KEY = 11000;

export interface LetterSearch {
  /** Limits the search to the records the caller may read. */
  tenantFilter: FilterQuery<LetterRecord>;
  communeCode?: string;
  kind?: LetterKind;
  subjectKey?: string;
  limit: number;
}

@Injectable()
export class LetterRepository implements OnModuleInit {
  constructor(@InjectModel(LetterRecord.name) private readonly model: Model<LetterRecord>) {}

  async onModuleInit(): Promise<void> {
    // The exactly-once guarantee rests on the unique index; it must exist before consuming.
    await this.model.init();
  }

  /** Stores the letter with its events; false if this kind of letter exists for the fact. */
  async insertOnce(letter: Letter, events: OutboxEntry[], audit: AuditEntry): Promise<boolean> {
    try {
      await this.model.create({
        _id: letter.id,
        communeCode: letter.communeCode,
        provinceCode: letter.provinceCode,
        kind: letter.kind,
        subjectKey: letter.subjectKey,
        recipientName: letter.recipientName,
        recipientAddress: letter.recipientAddress,
        content: letter.content,
        status: letter.status,
        triggeredBy: letter.triggeredBy,
        createdAt: letter.createdAt,
        outbox: events,
        outboxPending: events.length > 0,
        audit: [audit],
      });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === DUPLICATE_KEY) {
        return false;
      }
      throw error;
    }
  }

  async findById(id: string, tenantFilter: FilterQuery<LetterRecord>): Promise<Letter | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter] })
      .lean<LetterRecord>()
      .exec();
    return record ? toLetter(record) : null;
  }

  async search(criteria: LetterSearch): Promise<Letter[]> {
    const filter: FilterQuery<LetterRecord> = {};
    if (criteria.communeCode) {
      filter.communeCode = criteria.communeCode;
    }
    if (criteria.kind) {
      filter.kind = criteria.kind;
    }
    if (criteria.subjectKey) {
      filter.subjectKey = criteria.subjectKey;
    }
    const records = await this.model
      .find({ $and: [filter, criteria.tenantFilter] })
      .sort({ createdAt: -1 })
      .limit(criteria.limit)
      .lean<LetterRecord[]>()
      .exec();
    return records.map(toLetter);
  }
}

function toLetter(record: LetterRecord): Letter {
  return {
    id: record._id,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    kind: record.kind as LetterKind,
    subjectKey: record.subjectKey,
    recipientName: record.recipientName,
    recipientAddress: record.recipientAddress,
    content: {
      issuer: record.content.issuer,
      nationalMotto: record.content.nationalMotto,
      placeAndDate: record.content.placeAndDate,
      title: record.content.title,
      salutation: record.content.salutation,
      paragraphs: record.content.paragraphs,
      signatureBlock: record.content.signatureBlock,
    },
    status: 'draft',
    triggeredBy: { eventId: record.triggeredBy.eventId, eventType: record.triggeredBy.eventType },
    createdAt: record.createdAt,
  };
}
