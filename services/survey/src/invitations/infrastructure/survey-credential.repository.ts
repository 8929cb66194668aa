import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { isDuplicateKeyError } from '@libs/persistence';

import { CredentialDigests } from '../domain/invitation.store';
import { SurveyCredentialStore } from '../domain/survey-credential.store';
import { CredentialLookup } from '../domain/survey-credentials';
import { SurveyCredentialRecord } from './survey-credential.schema';

const keysOf = (digests: CredentialDigests): string[] => [
  `token:${digests.tokenHash}`,
  `code:${digests.codeHash}`,
];

@Injectable()
export class SurveyCredentialRepository implements SurveyCredentialStore {
  constructor(
    @InjectModel(SurveyCredentialRecord.name)
    private readonly model: Model<SurveyCredentialRecord>,
  ) {}

  /**
   * Reserves the token and code for an invitation. False when either is already taken (a
   * short-code collision): nothing stays reserved and the caller draws again.
   */
  async reserve(digests: CredentialDigests, invitationId: string, at: Date): Promise<boolean> {
    const reserved: string[] = [];
    try {
      for (const key of keysOf(digests)) {
        await this.model.create({ _id: key, invitationId, createdAt: at });
        reserved.push(key);
      }
      return true;
    } catch (error) {
      await this.model.deleteMany({ _id: { $in: reserved } }).exec();
      if (isDuplicateKeyError(error)) {
        return false;
      }
      throw error;
    }
  }

  /** Frees credentials no invitation uses (replaced, or reserved for a duplicate). */
  async release(digests: CredentialDigests): Promise<void> {
    await this.model.deleteMany({ _id: { $in: keysOf(digests) } }).exec();
  }

  async invitationIdOf(lookup: CredentialLookup): Promise<string | null> {
    const record = await this.model
      .findOne({ _id: `${lookup.kind}:${lookup.digest}` })
      .lean<SurveyCredentialRecord>()
      .exec();
    return record?.invitationId ?? null;
  }
}
