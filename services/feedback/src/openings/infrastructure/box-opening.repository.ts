import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { insertOnce, tenantFilter } from '@libs/persistence';

import { CitizenKind, FeedbackCategory } from '../../cases/domain/feedback-case';
import { BoxOpening, WitnessOrganisation } from '../domain/box-opening';
import { BoxOpeningStore, StoredOpening } from '../domain/box-opening.store';
import { BoxOpeningRecord } from './box-opening.schema';

@Injectable()
export class BoxOpeningRepository implements BoxOpeningStore, OnModuleInit {
  constructor(
    @InjectModel(BoxOpeningRecord.name) private readonly model: Model<BoxOpeningRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** False when an opening with the same request key exists. */
  async insert(
    opening: BoxOpening,
    request: { key: string; fingerprint: string },
    audit: AuditEntry,
  ): Promise<boolean> {
    return insertOnce(this.model, {
      _id: opening.id,
      boxId: opening.boxId,
      communeCode: opening.communeCode,
      provinceCode: opening.provinceCode,
      openedOn: opening.openedOn,
      receivedAt: opening.receivedAt ?? null,
      officersPresent: opening.officersPresent,
      witnesses: opening.witnesses.map((witness) => ({ ...witness })),
      minutes: opening.minutes ?? null,
      letters: opening.letters.map((letter) => ({ ...letter, contact: letter.contact ?? null })),
      recordedAt: opening.recordedAt,
      recordedBy: opening.recordedBy,
      requestKey: request.key,
      requestFingerprint: request.fingerprint,
      audit: [audit],
    });
  }

  async findByRequestKey(key: string): Promise<StoredOpening | null> {
    const record = await this.model.findOne({ requestKey: key }).lean<BoxOpeningRecord>().exec();
    return record
      ? { opening: toOpening(record), requestFingerprint: record.requestFingerprint }
      : null;
  }

  async findById(id: string, scope: TenantScope): Promise<BoxOpening | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<BoxOpeningRecord>()
      .exec();
    return record ? toOpening(record) : null;
  }

  async listForBox(boxId: string, scope: TenantScope): Promise<BoxOpening[]> {
    const records = await this.model
      .find({ $and: [{ boxId }, tenantFilter(scope)] })
      .sort({ openedOn: -1, recordedAt: -1 })
      .limit(200)
      .lean<BoxOpeningRecord[]>()
      .exec();
    return records.map(toOpening);
  }
}

function toOpening(record: BoxOpeningRecord): BoxOpening {
  return {
    id: record._id,
    boxId: record.boxId,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    openedOn: record.openedOn,
    ...(record.receivedAt ? { receivedAt: record.receivedAt } : {}),
    officersPresent: [...record.officersPresent],
    witnesses: (record.witnesses ?? []).map((witness) => ({
      fullName: witness.fullName,
      organisation: witness.organisation as WitnessOrganisation,
      ...(witness.position ? { position: witness.position } : {}),
    })),
    ...(record.minutes
      ? {
          minutes: {
            ...(record.minutes.number ? { number: record.minutes.number } : {}),
            summary: record.minutes.summary,
          },
        }
      : {}),
    letters: record.letters.map((letter) => ({
      number: letter.number,
      kind: letter.kind as CitizenKind,
      ...(letter.category ? { category: letter.category as FeedbackCategory } : {}),
      content: letter.content,
      ...(letter.contact
        ? {
            contact: {
              fullName: letter.contact.fullName,
              ...(letter.contact.addressLine ? { addressLine: letter.contact.addressLine } : {}),
              ...(letter.contact.email ? { email: letter.contact.email } : {}),
              ...(letter.contact.phone ? { phone: letter.contact.phone } : {}),
            },
          }
        : {}),
    })),
    recordedAt: record.recordedAt,
    recordedBy: record.recordedBy,
  };
}
