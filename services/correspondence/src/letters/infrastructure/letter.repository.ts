import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, UpdateQuery } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { LetterChannel, LetterKind, LetterStatus } from '@libs/contracts';
import { OutboxEntry, withOutbox } from '@libs/messaging';
import { compact, insertOnce, tenantFilter } from '@libs/persistence';

import { Letter, LetterContent, LetterNumber, LetterResend } from '../domain/letter';
import { LetterChanges, LetterSearch, LetterStore } from '../domain/letter.store';
import { escapeRegExp, foldForSearch } from '../domain/recipient-search';
import { LetterRecord } from './letter.schema';

@Injectable()
export class LetterRepository implements LetterStore, OnModuleInit {
  constructor(@InjectModel(LetterRecord.name) private readonly model: Model<LetterRecord>) {}

  async onModuleInit(): Promise<void> {
    // The exactly-once guarantee rests on the unique index; it must exist before consuming.
    await this.model.init();
  }

  /** Stores the letter with its events; false if this kind of letter exists for the fact. */
  async insertOnce(letter: Letter, events: OutboxEntry[], audit: AuditEntry[]): Promise<boolean> {
    return insertOnce(this.model, {
      ...toRecord(letter),
      ...withOutbox(events),
      audit,
    });
  }

  async findBySubject(kind: LetterKind, subjectKey: string): Promise<Letter | null> {
    const record = await this.model.findOne({ kind, subjectKey }).lean<LetterRecord>().exec();
    return record ? toLetter(record) : null;
  }

  async findById(id: string, scope: TenantScope): Promise<Letter | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<LetterRecord>()
      .exec();
    return record ? toLetter(record) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Letter[]> {
    const records = await this.model
      .find({ _id: { $in: [...ids] } })
      .lean<LetterRecord[]>()
      .exec();
    const byId = new Map(records.map((record) => [record._id, toLetter(record)]));
    return ids.map((id) => byId.get(id)).filter((letter): letter is Letter => letter !== undefined);
  }

  async search(criteria: LetterSearch): Promise<Letter[]> {
    const filter: FilterQuery<LetterRecord> = {};
    if (criteria.communeCode) {
      filter.communeCode = criteria.communeCode;
    }
    if (criteria.kind) {
      filter.kind = criteria.kind;
    }
    if (criteria.status) {
      filter.status = criteria.status;
    }
    if (criteria.subjectKey) {
      filter.subjectKey = criteria.subjectKey;
    }
    if (criteria.recipient) {
      filter.recipientSearch = { $regex: escapeRegExp(foldForSearch(criteria.recipient)) };
    }
    if (criteria.createdFrom || criteria.createdBefore) {
      filter.createdAt = {
        ...(criteria.createdFrom ? { $gte: criteria.createdFrom } : {}),
        ...(criteria.createdBefore ? { $lt: criteria.createdBefore } : {}),
      };
    }
    const records = await this.model
      .find({ $and: [filter, tenantFilter(criteria.scope)] })
      .sort({ createdAt: -1, _id: 1 })
      .limit(criteria.limit)
      .lean<LetterRecord[]>()
      .exec();
    return records.map(toLetter);
  }

  /**
   * Applies a status change, its event and its audit entry in one single-document update,
   * only if the letter is still as the caller saw it; null when it changed meanwhile.
   */
  async applyChange(
    seen: Pick<Letter, 'id' | 'status' | 'delivery'>,
    changes: LetterChanges,
    events: OutboxEntry[],
    audit: AuditEntry,
    resend?: LetterResend,
  ): Promise<Letter | null> {
    const set: Record<string, unknown> = { outboxPending: true };
    for (const [field, value] of Object.entries(changes)) {
      if (value !== undefined) {
        set[field] = value;
      }
    }
    const update: UpdateQuery<LetterRecord> = {
      $set: set,
      $push: {
        outbox: { $each: events },
        audit,
        ...(resend ? { resends: resend } : {}),
      },
    };
    const record = await this.model
      .findOneAndUpdate(
        { _id: seen.id, status: seen.status, attempts: seen.delivery.attempts },
        update,
        { new: true },
      )
      .lean<LetterRecord>()
      .exec();
    return record ? toLetter(record) : null;
  }

  /**
   * Takes the next letter due for e-mail or SMS, holding it for `leaseMs` of real time so
   * another replica does not send it too; null when nothing is due.
   */
  async claimDue(dueBy: Date, leaseMs: number): Promise<Letter | null> {
    const now = new Date();
    const record = await this.model
      .findOneAndUpdate(
        {
          status: { $in: ['approved', 'failed'] },
          channel: { $in: ['email', 'sms'] },
          nextAttemptAt: { $ne: null, $lte: dueBy },
          $or: [{ deliveryLeaseUntil: null }, { deliveryLeaseUntil: { $lte: now } }],
        },
        { $set: { deliveryLeaseUntil: new Date(now.getTime() + leaseMs) } },
        { new: true, sort: { nextAttemptAt: 1 } },
      )
      .lean<LetterRecord>()
      .exec();
    return record ? toLetter(record) : null;
  }

  async releaseLease(id: string): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { deliveryLeaseUntil: null } }).exec();
  }

  /** Drafts whose approval time has come and that were not escalated yet, oldest first. */
  async findApprovalDue(now: Date, limit: number): Promise<Letter[]> {
    const records = await this.model
      .find({ status: 'draft', approvalDueAt: { $ne: null, $lte: now }, escalatedAt: null })
      .sort({ approvalDueAt: 1, _id: 1 })
      .limit(limit)
      .lean<LetterRecord[]>()
      .exec();
    return records.map(toLetter);
  }

  /** Issued letters (past draft) that have no number yet, e.g. after a crash on approval. */
  async findIssuedWithoutNumber(limit: number): Promise<Letter[]> {
    const records = await this.model
      .find({ status: { $ne: 'draft' }, number: null })
      .sort({ createdAt: 1, _id: 1 })
      .limit(limit)
      .lean<LetterRecord[]>()
      .exec();
    return records.map(toLetter);
  }

  /** Records the escalation of a draft still waiting; false when it moved meanwhile. */
  async markEscalated(id: string, at: Date, audit: AuditEntry): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { _id: id, status: 'draft', escalatedAt: null },
        { $set: { escalatedAt: at }, $push: { audit } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /**
   * Writes the register number and the issue date line on a letter that has none; the letter
   * as stored afterwards (also when another replica numbered it first).
   */
  async setNumber(
    id: string,
    number: LetterNumber,
    content: Pick<LetterContent, 'documentNumber' | 'placeAndDate'>,
  ): Promise<Letter | null> {
    await this.model
      .updateOne(
        { _id: id, number: null },
        {
          $set: {
            number,
            'content.documentNumber': content.documentNumber,
            'content.placeAndDate': content.placeAndDate,
          },
        },
      )
      .exec();
    const record = await this.model.findById(id).lean<LetterRecord>().exec();
    return record ? toLetter(record) : null;
  }

  /** Approved paper letters of a commune that became ready before `readyBefore`, oldest first. */
  async findAwaitingPrint(
    communeCode: string,
    readyBefore: Date,
    limit: number,
  ): Promise<Letter[]> {
    const records = await this.model
      .find({
        communeCode,
        channel: 'print',
        status: 'approved',
        approvedAt: { $lt: readyBefore },
      })
      .sort({ approvedAt: 1, _id: 1 })
      .limit(limit)
      .lean<LetterRecord[]>()
      .exec();
    return records.map(toLetter);
  }
}

function toRecord(
  letter: Letter,
): Omit<LetterRecord, 'outbox' | 'outboxPending' | 'outboxLeaseUntil' | 'audit'> {
  return {
    _id: letter.id,
    communeCode: letter.communeCode,
    provinceCode: letter.provinceCode,
    kind: letter.kind,
    subjectKey: letter.subjectKey,
    recipientName: letter.recipientName,
    recipientSearch: foldForSearch(letter.recipientName),
    ...compact({
      recipientAddress: letter.recipientAddress,
      recipientEmail: letter.recipientEmail,
      recipientPhone: letter.recipientPhone,
    }),
    content: letter.content,
    values: letter.values,
    template: letter.template,
    status: letter.status,
    channel: letter.channel,
    approvedAt: letter.times.approvedAt ?? null,
    sentAt: letter.times.sentAt ?? null,
    printedAt: letter.times.printedAt ?? null,
    deliveredAt: letter.times.deliveredAt ?? null,
    failedAt: letter.times.failedAt ?? null,
    attempts: letter.delivery.attempts,
    lastError: letter.delivery.lastError ?? null,
    lastAttemptAt: letter.delivery.lastAttemptAt ?? null,
    nextAttemptAt: letter.delivery.nextAttemptAt ?? null,
    deliveryLeaseUntil: null,
    providerReference: letter.delivery.providerReference ?? null,
    printBatchId: letter.delivery.printBatchId ?? null,
    resends: letter.resends,
    triggeredBy: letter.triggeredBy,
    createdAt: letter.createdAt,
    number: letter.number ?? null,
    approvalDueAt: letter.approval?.dueAt ?? null,
    escalatedAt: letter.approval?.escalatedAt ?? null,
  };
}

function toLetter(record: LetterRecord): Letter {
  const { content, number } = record;
  return {
    id: record._id,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    kind: record.kind as LetterKind,
    subjectKey: record.subjectKey,
    recipientName: record.recipientName,
    ...compact({
      recipientAddress: record.recipientAddress,
      recipientEmail: record.recipientEmail,
      recipientPhone: record.recipientPhone,
    }),
    content: compact({
      issuer: content.issuer,
      nationalMotto: content.nationalMotto,
      documentNumber: content.documentNumber,
      placeAndDate: content.placeAndDate,
      title: content.title,
      salutation: content.salutation,
      paragraphs: content.paragraphs,
      signatureBlock: content.signatureBlock,
      signerName: content.signerName,
    }),
    values: { ...record.values },
    template: {
      version: record.template.version,
      source: record.template.source as Letter['template']['source'],
    },
    status: record.status as LetterStatus,
    channel: record.channel as LetterChannel,
    times: compact({
      approvedAt: record.approvedAt,
      sentAt: record.sentAt,
      printedAt: record.printedAt,
      deliveredAt: record.deliveredAt,
      failedAt: record.failedAt,
    }),
    delivery: compact({
      attempts: record.attempts,
      lastError: record.lastError,
      lastAttemptAt: record.lastAttemptAt,
      nextAttemptAt: record.nextAttemptAt,
      providerReference: record.providerReference,
      printBatchId: record.printBatchId,
    }),
    resends: (record.resends ?? []).map((resend) =>
      compact({
        at: resend.at,
        by: resend.by,
        channel: resend.channel as LetterChannel,
        note: resend.note,
      }),
    ),
    triggeredBy: { eventId: record.triggeredBy.eventId, eventType: record.triggeredBy.eventType },
    createdAt: record.createdAt,
    ...compact({
      number: number && { value: number.value, year: number.year, symbol: number.symbol },
      approval:
        record.approvalDueAt &&
        compact({ dueAt: record.approvalDueAt, escalatedAt: record.escalatedAt }),
    }),
  };
}
