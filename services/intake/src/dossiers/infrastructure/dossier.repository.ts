import { isDeepStrictEqual } from 'node:util';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, UpdateQuery } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import {
  DOSSIER_STATUSES,
  DossierChannel,
  DossierStatus,
  PaymentMethod,
  Sex,
} from '@libs/contracts';
import { OutboxEntry, withOutbox } from '@libs/messaging';
import { compact, isDuplicateKeyError, tenantFilter } from '@libs/persistence';
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
        ...withOutbox(events),
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

  /** `scope` limits the read to the records the caller may see. */
  async findById(id: string, scope: TenantScope): Promise<StoredDossier | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<DossierRecord>()
      .exec();
    return record ? this.toStored(record) : null;
  }

  /** For event handlers, which act for the system rather than for a person. */
  async findByIdAsSystem(id: string): Promise<(StoredDossier & { eventIds: string[] }) | null> {
    const record = await this.model.findOne({ _id: id }).lean<DossierRecord>().exec();
    return record ? { ...this.toStored(record), eventIds: record.processedEvents } : null;
  }

  /** For the citizen lookup: the code is the key, the secret proves the right to see it. */
  async findByCode(code: string): Promise<StoredDossier | null> {
    const record = await this.model.findOne({ code }).lean<DossierRecord>().exec();
    return record ? this.toStored(record) : null;
  }

  async findByRequestKey(key: string): Promise<StoredDossier | null> {
    const record = await this.model.findOne({ requestKey: key }).lean<DossierRecord>().exec();
    return record ? this.toStored(record) : null;
  }

  async codeExists(code: string): Promise<boolean> {
    return (await this.model.countDocuments({ code }).exec()) > 0;
  }

  async search(search: DossierSearch, scope: TenantScope): Promise<Dossier[]> {
    const clauses: FilterQuery<DossierRecord>[] = [tenantFilter(scope)];
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
    const { applicant, fee } = record;
    // the inverse of procedureRecord()
    const {
      verificationMaxWorkingDays: maxWorkingDays,
      verificationLegalBasis: legalBasis,
      ...terms
    } = record.procedure;
    const dossier: Dossier = {
      id: record._id,
      code: record.code,
      commune,
      procedure: compact({
        ...terms,
        civilStatusOutcome: terms.civilStatusOutcome as CivilStatusOutcome,
        certificationRegister: terms.certificationRegister as CertificationRegister | undefined,
        verification:
          typeof maxWorkingDays === 'number' && legalBasis
            ? { maxWorkingDays, legalBasis }
            : undefined,
      }),
      channel: record.channel as DossierChannel,
      applicant: compact({ ...applicant, sex: applicant.sex as Sex | undefined }),
      status: record.status as DossierStatus,
      receivedAt: record.receivedAt,
      receivedBy: actor(record.receivedBy),
      dueAt: record.dueAt,
      originalDueAt: record.originalDueAt,
      fee: compact({
        ...fee,
        status: fee.status as FeeStatus,
        method: fee.method as PaymentMethod | undefined,
      }),
      notes: record.notes.map((note) => ({
        status: note.status as DossierStatus,
        at: note.at,
        reason: note.reason,
        items: [...note.items],
        by: actor(note.by),
      })),
      lastChangedAt: record.lastChangedAt,
      ...compact({
        civilStatus: record.civilStatus as unknown as CivilStatusDetails | null,
        receipt: record.receipt as unknown as ReceiptDetails | null,
        reschedule: record.reschedule && { ...record.reschedule },
        dueSoon: record.dueSoon && { ...record.dueSoon },
        verification: record.verification && {
          ...record.verification,
          by: actor(record.verification.by),
        },
        transitions: record.transitions?.length
          ? record.transitions.map((transition) =>
              compact({
                from: transition.from as DossierStatus,
                to: transition.to as DossierStatus,
                at: transition.at,
                by: actor(transition.by),
                reason: transition.reason,
              }),
            )
          : undefined,
        processedAt: record.processedAt,
        civilStatusRegistrationId: record.civilStatusRegistrationId,
        certification: record.certification && {
          ...record.certification,
          numbers: [...record.certification.numbers],
        },
        returnedAt: record.returnedAt,
        onTime: record.onTime,
        handedOverAt: record.handedOverAt,
      }),
    };
    return {
      dossier,
      requestFingerprint: record.requestFingerprint,
      secret: compact({ ...record.secret }),
    };
  }
}

/** Who did something, as stored: a name only when one was recorded. */
function actor(by: { subject: string; name?: string }): { subject: string; name?: string } {
  return compact({ subject: by.subject, name: by.name });
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
