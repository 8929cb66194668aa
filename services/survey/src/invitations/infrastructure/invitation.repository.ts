import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { OutboxEntry } from '@libs/messaging';
import { compact, isDuplicateKeyError, tenantFilter } from '@libs/persistence';

import {
  Invitation,
  InvitationAnswer,
  InvitationKind,
  InvitationStatus,
} from '../domain/invitation';
import { CredentialDigests, InsertOutcome, InvitationStore } from '../domain/invitation.store';
import { CredentialLookup, SurveyCredentials } from '../domain/survey-credentials';
import { InvitationRecord } from './invitation.schema';
import { toReturnedDossier, toReturnedDossierFields } from './returned-dossier.mapper';

@Injectable()
export class InvitationRepository implements InvitationStore, OnModuleInit {
  constructor(
    @InjectModel(InvitationRecord.name) private readonly model: Model<InvitationRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    // One invitation per dossier rests on the unique index; it must exist before consuming.
    await this.model.init();
  }

  /**
   * Stores a new invitation with its credentials to be shown once. A second invitation for
   * the same dossier (and campaign) has the same id and is refused: 'duplicate'.
   */
  async insert(
    invitation: Invitation,
    reveal: SurveyCredentials,
    audit: AuditEntry,
  ): Promise<InsertOutcome> {
    try {
      await this.model.create({
        _id: invitation.id,
        kind: invitation.kind,
        campaignId: invitation.campaignId,
        dossierId: invitation.dossierId,
        ...toReturnedDossierFields(invitation),
        questionnaireId: invitation.questionnaireId,
        questionnaireVersion: invitation.questionnaireVersion,
        tokenHash: invitation.credentials.tokenHash,
        codeHash: invitation.credentials.codeHash,
        reveal,
        revealedAt: null,
        issuedAt: invitation.issuedAt,
        remindAt: invitation.remindAt,
        remindedAt: null,
        expiresAt: invitation.expiresAt,
        status: invitation.status,
        usedAt: null,
        answer: null,
        issuedCounted: invitation.issuedCounted,
        answerCounted: true,
        audit: [audit],
      });
      return 'created';
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        return 'duplicate';
      }
      throw error;
    }
  }

  async findByIdAsSystem(id: string): Promise<Invitation | null> {
    const record = await this.model.findOne({ _id: id }).lean<InvitationRecord>().exec();
    return record ? toInvitation(record) : null;
  }

  /** `scope` limits the read to the invitations the caller may see. */
  async findById(id: string, scope: TenantScope): Promise<Invitation | null> {
    // The key at the top level, so the store looks the document up instead of scanning.
    const record = await this.model
      .findOne({ _id: id, ...tenantFilter(scope) })
      .lean<InvitationRecord>()
      .exec();
    return record ? toInvitation(record) : null;
  }

  /** Hands out the stored token and code and forgets them, atomically: only one caller gets them. */
  async takeReveal(id: string, at: Date, audit: AuditEntry): Promise<SurveyCredentials | null> {
    const before = await this.model
      .findOneAndUpdate(
        { _id: id, reveal: { $ne: null } },
        { $set: { reveal: null, revealedAt: at }, $push: { audit } },
        { new: false },
      )
      .lean<InvitationRecord>()
      .exec();
    return before?.reveal ? { token: before.reveal.token, code: before.reveal.code } : null;
  }

  /** New credentials for an open invitation (slip lost); the old link and code stop working. */
  async replaceCredentials(
    id: string,
    now: Date,
    digests: CredentialDigests,
    audit: AuditEntry,
  ): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { _id: id, status: 'open', usedAt: null, expiresAt: { $gt: now } },
        { $set: { ...digests, reveal: null, revealedAt: now }, $push: { audit } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /**
   * Uses the token: marks it used, keeps the answer and queues its events in one conditional
   * write on `{_id, usedAt: null}`. Of two concurrent answers, only one is stored. The link or
   * code used must still be the current one: a slip reissued after the survey was opened
   * makes the old credential fail here too.
   */
  async recordAnswer(
    id: string,
    used: CredentialLookup,
    answer: InvitationAnswer,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<boolean> {
    const credential =
      used.kind === 'token' ? { tokenHash: used.digest } : { codeHash: used.digest };
    const result = await this.model
      .updateOne(
        {
          _id: id,
          ...credential,
          usedAt: null,
          status: 'open',
          expiresAt: { $gt: answer.answeredAt },
        },
        {
          $set: {
            usedAt: answer.answeredAt,
            status: 'answered',
            answer,
            answerCounted: false,
            outboxPending: true,
          },
          $push: { outbox: { $each: events }, audit },
        },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  async markIssuedCounted(id: string): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { issuedCounted: true } }).exec();
  }

  async markAnswerCounted(id: string): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { answerCounted: true } }).exec();
  }

  /** Invitations whose counting was interrupted (a crash between the write and the count). */
  async findUncounted(limit: number): Promise<Invitation[]> {
    const records = await this.model
      .find({ $or: [{ issuedCounted: false }, { answerCounted: false }] })
      .limit(limit)
      .lean<InvitationRecord[]>()
      .exec();
    return records.map(toInvitation);
  }

  async findDueReminders(now: Date, limit: number): Promise<Invitation[]> {
    const records = await this.model
      .find({ status: 'open', remindedAt: null, remindAt: { $ne: null, $lte: now } })
      .sort({ remindAt: 1 })
      .limit(limit)
      .lean<InvitationRecord[]>()
      .exec();
    return records.map(toInvitation);
  }

  /** Records the reminder and queues its event, once: false if already reminded or closed. */
  async recordReminder(
    id: string,
    now: Date,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { _id: id, status: 'open', remindedAt: null, expiresAt: { $gt: now } },
        {
          $set: { remindedAt: now, outboxPending: true },
          $push: { outbox: { $each: events }, audit },
        },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Closes open invitations past their expiry, a batch at a time; returns how many. */
  async expireDue(now: Date, audit: AuditEntry, limit: number): Promise<number> {
    const due = await this.model
      .find({ status: 'open', expiresAt: { $lte: now } })
      .select({ _id: 1 })
      .limit(limit)
      .lean<{ _id: string }[]>()
      .exec();
    let expired = 0;
    for (const { _id: id } of due) {
      const result = await this.model
        .updateOne(
          { _id: id, status: 'open', expiresAt: { $lte: now } },
          { $set: { status: 'expired', reveal: null }, $push: { audit } },
        )
        .exec();
      expired += result.modifiedCount;
    }
    return expired;
  }

  async listForCampaign(campaignId: string): Promise<Invitation[]> {
    const records = await this.model
      .find({ campaignId })
      .sort({ dossierCode: 1 })
      .lean<InvitationRecord[]>()
      .exec();
    return records.map(toInvitation);
  }

  async countForCampaign(campaignId: string): Promise<number> {
    return this.model.countDocuments({ campaignId }).exec();
  }
}

function toInvitation(record: InvitationRecord): Invitation {
  return {
    id: record._id,
    kind: record.kind as InvitationKind,
    campaignId: record.campaignId ?? null,
    ...toReturnedDossier(record.dossierId, record),
    questionnaireId: record.questionnaireId,
    questionnaireVersion: record.questionnaireVersion,
    issuedAt: record.issuedAt,
    remindAt: record.remindAt ?? null,
    remindedAt: record.remindedAt ?? null,
    expiresAt: record.expiresAt,
    status: record.status as InvitationStatus,
    usedAt: record.usedAt ?? null,
    revealedAt: record.revealedAt ?? null,
    credentials: { tokenHash: record.tokenHash, codeHash: record.codeHash },
    answer: record.answer
      ? {
          answeredAt: new Date(record.answer.answeredAt),
          values: record.answer.values,
          assessment: record.answer.assessment,
          ...compact({
            source: record.answer.source,
            enteredBy: record.answer.enteredBy,
            formNumber: record.answer.formNumber,
          }),
        }
      : null,
    issuedCounted: record.issuedCounted ?? false,
    answerCounted: record.answerCounted ?? true,
  };
}
