import { isDeepStrictEqual } from 'node:util';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, UpdateQuery } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import {
  DOSSIER_STATUSES,
  DossierChannel,
  DossierStatus,
  PaymentMethod,
  Sex,
} from '@libs/contracts';
import { OutboxEntry } from '@libs/messaging';
import { isDuplicateKeyError } from '@libs/persistence';
import { CommuneDirectory } from '@libs/reference-data';

import { CertificationRegister, CivilStatusOutcome } from '../../procedures/domain/procedure';
import {
  CivilStatusDetails,
  Dossier,
  FeeStatus,
  ProcedureSnapshot,
  ReceiptDetails,
} from '../domain/dossier';
import { DossierSearch, DossierStore, InsertOutcome, StoredDossier } from '../domain/dossier.store';
import { SecretHash } from '../domain/dossier-secret';
import { isClosed } from '../domain/dossier-status';
import { DossierRecord } from './dossier.schema';

const OPEN_STATUSES = DOSSIER_STATUSES.filter((status) => !isClosed(status));

@Injectable()
export class DossierRepository implements DossierStore, OnModuleInit {
  constructor(
    @InjectModel(DossierRecord.name) private readonly model: Model<DossierRecord>,
    private readonly communes: CommuneDirectory,
  ) {}

  async onModuleInit(): Promise<void> {
    // The unique code and request-key indexes must exist before the first request.
    await this.model.init();
  }

  /** Stores the dossier with its first events; 'duplicate' when its request key or code exists. */
  async insert(
    dossier: Dossier,
    request: { key: string; fingerprint: string },
    secret: SecretHash,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<InsertOutcome> {
    try {
      await this.model.create({
        ...this.mutableFields(dossier),
        _id: dossier.id,
        code: dossier.code,
        communeCode: dossier.commune.code,
        provinceCode: dossier.commune.provinceCode,
        procedure: procedureRecord(dossier.procedure),
        channel: dossier.channel,
        applicant: dossier.applicant,
        civilStatus: dossier.civilStatus ?? null,
        receipt: dossier.receipt ? { ...dossier.receipt } : null,
        receivedAt: dossier.receivedAt,
        receivedBy: dossier.receivedBy,
        originalDueAt: dossier.originalDueAt,
        secret,
        requestKey: request.key,
        requestFingerprint: request.fingerprint,
        outbox: events,
        outboxPending: events.length > 0,
        audit: [audit],
      });
      return 'inserted';
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        return 'duplicate';
      }
      throw error;
    }
  }

  /**
   * Writes a change, its events and its audit entry in one single-document update, only if
   * the dossier is still as `expected` (optimistic concurrency). False when it was not.
   * Only the fields that differ from `before` are written, so a concurrent change to other
   * fields (a payment, a reschedule) is not overwritten with stale values.
   */
  async update(
    before: Dossier,
    after: Dossier,
    expected: FilterQuery<DossierRecord>,
    events: OutboxEntry[],
    audit: AuditEntry,
    options: { eventId?: string; secret?: SecretHash } = {},
  ): Promise<boolean> {
    const previous = this.mutableFields(before);
    const changed = Object.fromEntries(
      Object.entries(this.mutableFields(after)).filter(
        ([field, value]) => !isDeepStrictEqual(value, previous[field as keyof DossierRecord]),
      ),
    );
    const update: UpdateQuery<DossierRecord> = {
      $set: {
        ...changed,
        ...(options.secret ? { secret: options.secret } : {}),
        ...(events.length > 0 ? { outboxPending: true } : {}),
      },
      $push: {
        audit,
        ...(events.length > 0 ? { outbox: { $each: events } } : {}),
      },
      ...(options.eventId ? { $addToSet: { processedEvents: options.eventId } } : {}),
    };
    const result = await this.model
      .updateOne(
        {
          $and: [
            { _id: after.id },
            expected,
            ...(options.eventId ? [{ processedEvents: { $ne: options.eventId } }] : []),
          ],
        },
        update,
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** `tenantFilter` limits the read to the records the caller may see. */
  async findById(
    id: string,
    tenantFilter: FilterQuery<DossierRecord>,
  ): Promise<StoredDossier | undefined> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter] })
      .lean<DossierRecord>()
      .exec();
    return record ? this.toStored(record) : undefined;
  }

  /** For event handlers, which act for the system rather than for a person. */
  async findByIdUnscoped(
    id: string,
  ): Promise<(StoredDossier & { eventIds: string[] }) | undefined> {
    const record = await this.model.findOne({ _id: id }).lean<DossierRecord>().exec();
    return record ? { ...this.toStored(record), eventIds: record.processedEvents } : undefined;
  }

  /** For the citizen lookup: the code is the key, the secret proves the right to see it. */
  async findByCode(code: string): Promise<StoredDossier | undefined> {
    const record = await this.model.findOne({ code }).lean<DossierRecord>().exec();
    return record ? this.toStored(record) : undefined;
  }

  async findByRequestKey(key: string): Promise<StoredDossier | undefined> {
    const record = await this.model.findOne({ requestKey: key }).lean<DossierRecord>().exec();
    return record ? this.toStored(record) : undefined;
  }

  async codeExists(code: string): Promise<boolean> {
    return (await this.model.countDocuments({ code }).exec()) > 0;
  }

  async search(
    search: DossierSearch,
    tenantFilter: FilterQuery<DossierRecord>,
  ): Promise<Dossier[]> {
    const clauses: FilterQuery<DossierRecord>[] = [tenantFilter];
    if (search.communeCode) {
      clauses.push({ communeCode: search.communeCode });
    }
    if (search.status) {
      clauses.push({ status: search.status });
    }
    if (search.procedureKey) {
      clauses.push({ 'procedure.key': search.procedureKey });
    }
    if (search.receivedFrom) {
      clauses.push({ receivedAt: { $gte: search.receivedFrom } });
    }
    if (search.receivedTo) {
      clauses.push({ receivedAt: { $lt: search.receivedTo } });
    }
    if (search.dueSoon) {
      clauses.push({ dueSoon: { $ne: null }, status: { $in: OPEN_STATUSES } });
    }
    const records = await this.model
      .find({ $and: clauses })
      .sort({ receivedAt: -1 })
      .limit(search.limit)
      .lean<DossierRecord[]>()
      .exec();
    return records.map((record) => this.toStored(record).dossier);
  }

  private mutableFields(dossier: Dossier): Partial<DossierRecord> {
    return {
      status: dossier.status,
      dueAt: dossier.dueAt,
      reschedule: dossier.reschedule ?? null,
      verification: dossier.verification ?? null,
      fee: dossier.fee,
      notes: dossier.notes,
      transitions: (dossier.transitions ?? []).map((transition) => ({ ...transition })),
      processedAt: dossier.processedAt ?? null,
      civilStatusRegistrationId: dossier.civilStatusRegistrationId ?? null,
      certification: dossier.certification ?? null,
      returnedAt: dossier.returnedAt ?? null,
      onTime: dossier.onTime ?? null,
      lastChangedAt: dossier.lastChangedAt,
      handedOverAt: dossier.handedOverAt ?? null,
      dueSoon: dossier.dueSoon ?? null,
    };
  }

  private toStored(record: DossierRecord): StoredDossier {
    const commune = this.communes.find(record.communeCode);
    if (!commune) {
      throw new Error(`Stored dossier ${record._id} names unknown commune ${record.communeCode}`);
    }
    const { procedure, applicant, fee } = record;
    const dossier: Dossier = {
      id: record._id,
      code: record.code,
      commune,
      procedure: {
        key: procedure.key,
        name: procedure.name,
        ...(procedure.nationalCode ? { nationalCode: procedure.nationalCode } : {}),
        processingWorkingDays: procedure.processingWorkingDays,
        ...(procedure.cutoff ? { cutoff: procedure.cutoff } : {}),
        civilStatusOutcome: procedure.civilStatusOutcome as CivilStatusOutcome,
        ...(procedure.certificationRegister
          ? { certificationRegister: procedure.certificationRegister as CertificationRegister }
          : {}),
        ...(procedure.verificationMaxWorkingDays !== undefined &&
        procedure.verificationMaxWorkingDays !== null &&
        procedure.verificationLegalBasis
          ? {
              verification: {
                maxWorkingDays: procedure.verificationMaxWorkingDays,
                legalBasis: procedure.verificationLegalBasis,
              },
            }
          : {}),
      },
      channel: record.channel as DossierChannel,
      applicant: {
        fullName: applicant.fullName,
        ...(applicant.identityNumber ? { identityNumber: applicant.identityNumber } : {}),
        ...(applicant.phone ? { phone: applicant.phone } : {}),
        ...(applicant.email ? { email: applicant.email } : {}),
        ...(applicant.addressLine ? { addressLine: applicant.addressLine } : {}),
        ...(applicant.sex ? { sex: applicant.sex as Sex } : {}),
        ...(applicant.dateOfBirth ? { dateOfBirth: applicant.dateOfBirth } : {}),
      },
      ...(record.civilStatus
        ? { civilStatus: record.civilStatus as unknown as CivilStatusDetails }
        : {}),
      ...(record.receipt ? { receipt: record.receipt as unknown as ReceiptDetails } : {}),
      status: record.status as DossierStatus,
      receivedAt: record.receivedAt,
      receivedBy: {
        subject: record.receivedBy.subject,
        ...(record.receivedBy.name ? { name: record.receivedBy.name } : {}),
      },
      dueAt: record.dueAt,
      originalDueAt: record.originalDueAt,
      ...(record.reschedule
        ? {
            reschedule: {
              previousDueAt: record.reschedule.previousDueAt,
              dueAt: record.reschedule.dueAt,
              reason: record.reschedule.reason,
              at: record.reschedule.at,
            },
          }
        : {}),
      ...(record.dueSoon
        ? {
            dueSoon: {
              warnedAt: record.dueSoon.warnedAt,
              workingHoursLeft: record.dueSoon.workingHoursLeft,
            },
          }
        : {}),
      ...(record.verification
        ? {
            verification: {
              reason: record.verification.reason,
              requestedAt: record.verification.requestedAt,
              by: {
                subject: record.verification.by.subject,
                ...(record.verification.by.name ? { name: record.verification.by.name } : {}),
              },
              previousDueAt: record.verification.previousDueAt,
              dueAt: record.verification.dueAt,
              maxWorkingDays: record.verification.maxWorkingDays,
              legalBasis: record.verification.legalBasis,
            },
          }
        : {}),
      fee: {
        amountVnd: fee.amountVnd,
        status: fee.status as FeeStatus,
        ...(fee.method ? { method: fee.method as PaymentMethod } : {}),
        ...(fee.paidAt ? { paidAt: fee.paidAt } : {}),
        ...(fee.reference ? { reference: fee.reference } : {}),
      },
      notes: record.notes.map((note) => ({
        status: note.status as DossierStatus,
        at: note.at,
        reason: note.reason,
        items: [...note.items],
        by: { subject: note.by.subject, ...(note.by.name ? { name: note.by.name } : {}) },
      })),
      ...(record.transitions && record.transitions.length > 0
        ? {
            transitions: record.transitions.map((transition) => ({
              from: transition.from as DossierStatus,
              to: transition.to as DossierStatus,
              at: transition.at,
              by: {
                subject: transition.by.subject,
                ...(transition.by.name ? { name: transition.by.name } : {}),
              },
              ...(transition.reason ? { reason: transition.reason } : {}),
            })),
          }
        : {}),
      ...(record.processedAt ? { processedAt: record.processedAt } : {}),
      ...(record.civilStatusRegistrationId
        ? { civilStatusRegistrationId: record.civilStatusRegistrationId }
        : {}),
      ...(record.certification
        ? {
            certification: {
              book: record.certification.book,
              numbers: [...record.certification.numbers],
              at: record.certification.at,
            },
          }
        : {}),
      ...(record.returnedAt ? { returnedAt: record.returnedAt } : {}),
      ...(record.onTime !== null && record.onTime !== undefined ? { onTime: record.onTime } : {}),
      lastChangedAt: record.lastChangedAt,
      ...(record.handedOverAt ? { handedOverAt: record.handedOverAt } : {}),
    };
    return {
      dossier,
      requestFingerprint: record.requestFingerprint,
      secret: {
        salt: record.secret.salt,
        hash: record.secret.hash,
        ...(record.secret.cost === undefined ? {} : { cost: record.secret.cost }),
      },
    };
  }
}

function procedureRecord(procedure: ProcedureSnapshot): DossierRecord['procedure'] {
  const { verification, ...terms } = procedure;
  return {
    ...terms,
    ...(verification
      ? {
          verificationMaxWorkingDays: verification.maxWorkingDays,
          verificationLegalBasis: verification.legalBasis,
        }
      : {}),
  };
}
