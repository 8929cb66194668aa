import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { OutboxEntry, withOutbox } from '@libs/messaging';
import { insertOnce, tenantFilter } from '@libs/persistence';
import { CommuneDirectory } from '@libs/reference-data';

import { BirthRegistration } from '../domain/birth-registration';
import {
  BirthRegistrationStore,
  StoredBirthRegistration,
} from '../domain/birth-registration.store';
import { BirthRegistrationRecord } from './birth-registration.schema';

@Injectable()
export class BirthRegistrationRepository implements BirthRegistrationStore, OnModuleInit {
  constructor(
    @InjectModel(BirthRegistrationRecord.name)
    private readonly model: Model<BirthRegistrationRecord>,
    private readonly communes: CommuneDirectory,
  ) {}

  async onModuleInit(): Promise<void> {
    // The unique request-key index must exist before the first request is served.
    await this.model.init();
  }

  /**
   * Stores the registration and its events in one document write. Returns false when a
   * registration with the same request key already exists.
   */
  async insert(
    registration: BirthRegistration,
    request: { key: string; fingerprint: string },
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<boolean> {
    return insertOnce(this.model, {
      _id: registration.id,
      communeCode: registration.commune.code,
      provinceCode: registration.commune.provinceCode,
      registeredAt: registration.registeredAt,
      child: registration.child,
      father: registration.father ?? null,
      mother: registration.mother ?? null,
      address: registration.address,
      requestKey: request.key,
      requestFingerprint: request.fingerprint,
      ...withOutbox(events),
      audit: [audit],
    });
  }

  /** `scope` limits the read to the records the caller may see. */
  async findById(id: string, scope: TenantScope): Promise<StoredBirthRegistration | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<BirthRegistrationRecord>()
      .exec();
    return record ? this.toDomain(record) : null;
  }

  async findByRequestKey(key: string): Promise<StoredBirthRegistration | null> {
    const record = await this.model
      .findOne({ requestKey: key })
      .lean<BirthRegistrationRecord>()
      .exec();
    return record ? this.toDomain(record) : null;
  }

  private toDomain(record: BirthRegistrationRecord): StoredBirthRegistration {
    const commune = this.communes.find(record.communeCode);
    if (!commune) {
      throw new Error(
        `Stored registration ${record._id} names unknown commune ${record.communeCode}`,
      );
    }
    return {
      requestFingerprint: record.requestFingerprint,
      registration: {
        id: record._id,
        commune,
        registeredAt: record.registeredAt,
        child: {
          fullName: record.child.fullName,
          dateOfBirth: record.child.dateOfBirth,
          sex: record.child.sex as BirthRegistration['child']['sex'],
        },
        ...(record.father ? { father: { fullName: record.father.fullName } } : {}),
        ...(record.mother ? { mother: { fullName: record.mother.fullName } } : {}),
        address: { line: record.address.line, communeCode: record.address.communeCode },
      },
    };
  }
}
