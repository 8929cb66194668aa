import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { insertOnce } from '@libs/persistence';

import { ReturnedDossier } from '../domain/returned-dossier';
import { ReturnedDossierStore } from '../domain/returned-dossier.store';
import { toReturnedDossier, toReturnedDossierFields } from './returned-dossier.mapper';
import { ReturnedDossierRecord } from './returned-dossier.schema';

@Injectable()
export class ReturnedDossierRepository implements ReturnedDossierStore, OnModuleInit {
  constructor(
    @InjectModel(ReturnedDossierRecord.name) private readonly model: Model<ReturnedDossierRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  /** False when the dossier is already registered (a redelivered event). */
  async registerOnce(dossier: ReturnedDossier, eventId: string): Promise<boolean> {
    return insertOnce(this.model, {
      _id: dossier.dossierId,
      ...toReturnedDossierFields(dossier),
      eventId,
    });
  }

  /** Ids of a commune's dossiers returned in a range of months, in id order: the frame. */
  async frameIds(communeCode: string, fromPeriod: string, toPeriod: string): Promise<string[]> {
    const records = await this.model
      .find({ communeCode, period: { $gte: fromPeriod, $lte: toPeriod } })
      .select({ _id: 1 })
      .sort({ _id: 1 })
      .lean<{ _id: string }[]>()
      .exec();
    return records.map((record) => record._id);
  }

  async findMany(dossierIds: string[]): Promise<ReturnedDossier[]> {
    const records = await this.model
      .find({ _id: { $in: dossierIds } })
      .lean<ReturnedDossierRecord[]>()
      .exec();
    return records.map((record) => toReturnedDossier(record._id, record));
  }
}
