import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { isDuplicateKeyError, tenantFilter } from '@libs/persistence';

import { QueueStore } from '../domain/queue.store';
import { DailyQueueFigures, DESK_TIME_TARGET_MINUTES, QueueTicket } from '../domain/queue-ticket';
import { QueueFiguresRecord, QueueTicketRecord } from './queue-ticket.schema';

@Injectable()
export class QueueRepository implements QueueStore {
  constructor(
    @InjectModel(QueueTicketRecord.name) private readonly tickets: Model<QueueTicketRecord>,
    @InjectModel(QueueFiguresRecord.name) private readonly figures: Model<QueueFiguresRecord>,
  ) {}

  async insert(ticket: QueueTicket, audit: AuditEntry): Promise<void> {
    await this.tickets.create({
      _id: ticket.id,
      communeCode: ticket.communeCode,
      provinceCode: ticket.provinceCode,
      day: ticket.day,
      number: ticket.number,
      procedureKey: ticket.procedureKey,
      procedureName: ticket.procedureName,
      issuedAt: ticket.issuedAt,
      issuedBy: ticket.issuedBy,
      audit: [audit],
    });
  }

  /** Records the start of service unless another officer already did; false then. */
  async markServed(ticket: QueueTicket, audit: AuditEntry): Promise<boolean> {
    const result = await this.tickets
      .updateOne(
        { _id: ticket.id, servedAt: null },
        {
          $set: {
            servedAt: ticket.servedAt,
            servedBy: ticket.servedBy,
            waitSeconds: ticket.waitSeconds,
          },
          $push: { audit },
        },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Records the end of service unless it was recorded already; false then. */
  async markFinished(ticket: QueueTicket, audit: AuditEntry): Promise<boolean> {
    const result = await this.tickets
      .updateOne(
        { _id: ticket.id, finishedAt: null, servedAt: { $ne: null } },
        {
          $set: {
            finishedAt: ticket.finishedAt,
            finishedBy: ticket.finishedBy,
            serviceSeconds: ticket.serviceSeconds,
          },
          $push: { audit },
        },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Counts the ticket's desk time, once. */
  async countFinished(ticket: QueueTicket): Promise<void> {
    const seconds = ticket.serviceSeconds ?? 0;
    await this.increment(ticket, 'finishedTickets', {
      $inc: {
        finished: 1,
        serviceSecondsTotal: seconds,
        finishedWithinTarget: seconds <= DESK_TIME_TARGET_MINUTES * 60 ? 1 : 0,
      },
      $max: { maxServiceSeconds: seconds },
    });
  }

  async findById(id: string, scope: TenantScope): Promise<QueueTicket | null> {
    const record = await this.tickets
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<QueueTicketRecord>()
      .exec();
    return record ? toTicket(record) : null;
  }

  async list(communeCode: string, day: string, scope: TenantScope): Promise<QueueTicket[]> {
    const records = await this.tickets
      .find({ $and: [{ communeCode, day }, tenantFilter(scope)] })
      .sort({ number: 1 })
      .lean<QueueTicketRecord[]>()
      .exec();
    return records.map(toTicket);
  }

  /** Counts the ticket as issued, once. */
  async countIssued(ticket: QueueTicket): Promise<void> {
    await this.increment(ticket, 'issuedTickets', { $inc: { issued: 1 } });
  }

  /** Counts the ticket as served with its wait, once. */
  async countServed(ticket: QueueTicket): Promise<void> {
    const wait = ticket.waitSeconds ?? 0;
    await this.increment(ticket, 'servedTickets', {
      $inc: { served: 1, waitSecondsTotal: wait },
      $max: { maxWaitSeconds: wait },
    });
  }

  async dailyFigures(
    filter: { communeCode?: string; from: string; to: string; procedureKey?: string },
    scope: TenantScope,
  ): Promise<DailyQueueFigures[]> {
    const clauses: FilterQuery<QueueFiguresRecord>[] = [
      tenantFilter(scope),
      { day: { $gte: filter.from, $lte: filter.to } },
    ];
    if (filter.communeCode) {
      clauses.push({ communeCode: filter.communeCode });
    }
    if (filter.procedureKey) {
      clauses.push({ procedureKey: filter.procedureKey });
    }
    const records = await this.figures
      .find({ $and: clauses })
      .sort({ day: 1, communeCode: 1, procedureKey: 1 })
      .lean<QueueFiguresRecord[]>()
      .exec();
    return records.map((record) => ({
      communeCode: record.communeCode,
      day: record.day,
      procedureKey: record.procedureKey,
      procedureName: record.procedureName,
      issued: record.issued ?? 0,
      served: record.served ?? 0,
      waitSecondsTotal: record.waitSecondsTotal ?? 0,
      maxWaitSeconds: record.maxWaitSeconds ?? 0,
      finished: record.finished ?? 0,
      serviceSecondsTotal: record.serviceSecondsTotal ?? 0,
      maxServiceSeconds: record.maxServiceSeconds ?? 0,
      finishedWithinTarget: record.finishedWithinTarget ?? 0,
    }));
  }

  private async increment(
    ticket: QueueTicket,
    countedField: 'issuedTickets' | 'servedTickets' | 'finishedTickets',
    operators: { $inc: Record<string, number>; $max?: Record<string, number> },
  ): Promise<void> {
    const id = `${ticket.communeCode}:${ticket.day}:${ticket.procedureKey}`;
    // The guard on the ticket id makes each ticket count once, whatever the retries.
    const filter = { _id: id, [countedField]: { $ne: ticket.id } };
    const update = {
      ...operators,
      $push: { [countedField]: ticket.id },
      $setOnInsert: {
        communeCode: ticket.communeCode,
        provinceCode: ticket.provinceCode,
        day: ticket.day,
        procedureKey: ticket.procedureKey,
        procedureName: ticket.procedureName,
      },
    };
    try {
      await this.figures.updateOne(filter, update, { upsert: true }).exec();
    } catch (error) {
      if (!isDuplicateKeyError(error)) {
        throw error;
      }
      // The upsert found no match and collided on the id: either the figures already count
      // this ticket, or another ticket created the day's figures meanwhile. The document
      // exists now, so one plain update settles both: it counts this ticket unless counted.
      await this.figures.updateOne(filter, update).exec();
    }
  }
}

function toTicket(record: QueueTicketRecord): QueueTicket {
  return {
    id: record._id,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    day: record.day,
    number: record.number,
    procedureKey: record.procedureKey,
    procedureName: record.procedureName,
    issuedAt: record.issuedAt,
    issuedBy: record.issuedBy,
    ...(record.servedAt ? { servedAt: record.servedAt } : {}),
    ...(record.servedBy ? { servedBy: record.servedBy } : {}),
    ...(record.waitSeconds !== null && record.waitSeconds !== undefined
      ? { waitSeconds: record.waitSeconds }
      : {}),
    ...(record.finishedAt ? { finishedAt: record.finishedAt } : {}),
    ...(record.finishedBy ? { finishedBy: record.finishedBy } : {}),
    ...(record.serviceSeconds !== null && record.serviceSeconds !== undefined
      ? { serviceSeconds: record.serviceSeconds }
      : {}),
  };
}
