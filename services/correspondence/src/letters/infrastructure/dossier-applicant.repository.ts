import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { DeadlineRescheduledV1, EventEnvelope } from '@libs/contracts';

import { DossierApplicantStore } from '../domain/dossier-applicant.store';
import { DossierFacts } from '../domain/letter-requests';
import { DossierApplicantRecord, PendingApologyRecord } from './dossier-applicant.schema';

/** Dossier ids are UUIDs; kept lower case so every producer's spelling finds the same record. */
@Injectable()
export class DossierApplicantRepository implements DossierApplicantStore {
  constructor(
    @InjectModel(DossierApplicantRecord.name)
    private readonly dossiers: Model<DossierApplicantRecord>,
    @InjectModel(PendingApologyRecord.name)
    private readonly pending: Model<PendingApologyRecord>,
  ) {}

  /** Idempotent: the first record of a dossier wins; a redelivery changes nothing. */
  async remember(facts: DossierFacts): Promise<void> {
    await this.dossiers
      .updateOne(
        { _id: facts.dossierId.toLowerCase() },
        {
          $setOnInsert: {
            dossierCode: facts.dossierCode,
            communeCode: facts.communeCode,
            provinceCode: facts.provinceCode,
            procedureName: facts.procedureName,
            receivedAt: facts.receivedAt,
            dueAt: facts.dueAt,
            applicant: facts.applicant,
          },
        },
        { upsert: true },
      )
      .exec();
  }

  async find(dossierId: string): Promise<DossierFacts | null> {
    const record = await this.dossiers
      .findById(dossierId.toLowerCase())
      .lean<DossierApplicantRecord>()
      .exec();
    if (!record) {
      return null;
    }
    const applicant = record.applicant;
    return {
      dossierId: record._id,
      dossierCode: record.dossierCode,
      communeCode: record.communeCode,
      provinceCode: record.provinceCode,
      procedureName: record.procedureName,
      receivedAt: record.receivedAt,
      dueAt: record.dueAt,
      applicant: {
        fullName: applicant.fullName,
        ...(applicant.addressLine ? { addressLine: applicant.addressLine } : {}),
        ...(applicant.email ? { email: applicant.email } : {}),
        ...(applicant.phone ? { phone: applicant.phone } : {}),
        ...(applicant.sex === 'male' || applicant.sex === 'female' ? { sex: applicant.sex } : {}),
        ...(applicant.dateOfBirth ? { dateOfBirth: applicant.dateOfBirth } : {}),
      },
    };
  }

  async park(
    dossierId: string,
    envelope: EventEnvelope<DeadlineRescheduledV1>,
    at: Date,
  ): Promise<void> {
    await this.pending
      .updateOne(
        { _id: dossierId.toLowerCase() },
        {
          $setOnInsert: {
            communeCode: envelope.data.communeCode,
            envelope: JSON.parse(JSON.stringify(envelope)) as Record<string, unknown>,
            parkedAt: at,
          },
        },
        { upsert: true },
      )
      .exec();
  }

  async parked(dossierId: string): Promise<EventEnvelope<DeadlineRescheduledV1> | null> {
    const record = await this.pending
      .findById(dossierId.toLowerCase())
      .lean<PendingApologyRecord>()
      .exec();
    return record ? (record.envelope as unknown as EventEnvelope<DeadlineRescheduledV1>) : null;
  }

  async unpark(dossierId: string): Promise<void> {
    await this.pending.deleteOne({ _id: dossierId.toLowerCase() }).exec();
  }
}
