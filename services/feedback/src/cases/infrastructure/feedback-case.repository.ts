import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model } from 'mongoose';

import { AuditEntry } from '@libs/audit';
import type { TenantScope } from '@libs/auth';
import { FeedbackChannel, FeedbackKind } from '@libs/contracts';
import { OutboxEntry, withOutbox } from '@libs/messaging';
import { compact, isDuplicateKeyError, tenantFilter } from '@libs/persistence';

import {
  AssigneeType,
  CaseEscalation,
  CaseOriginType,
  CaseStatus,
  FeedbackCase,
  FeedbackCategory,
  NotificationChannel,
  OPEN_STATUSES,
} from '../domain/feedback-case';
import {
  CaseKeys,
  CaseSearch,
  FeedbackCaseStore,
  PublicAnswerRow,
  StoredCase,
} from '../domain/feedback-case.store';
import { StatutoryRoute } from '../domain/letter-procedures';
import { UncertainMention } from '../domain/public-text';
import { FeedbackCaseRecord } from './feedback-case.schema';

// Up to two seconds; a relay that is down leaves the flag up, and the write goes ahead.

@Injectable()
export class FeedbackCaseRepository implements FeedbackCaseStore, OnModuleInit {
  constructor(
    @InjectModel(FeedbackCaseRecord.name) private readonly model: Model<FeedbackCaseRecord>,
  ) {}

  async onModuleInit(): Promise<void> {
    // One case per fact and per request rests on the unique indexes; build them first.
    await this.model.init();
  }

  /**
   * Stores a new case with its events. 'duplicate' when its source or request key already
   * has a case; 'code-taken' when another case got the same number first.
   */
  async insert(
    feedbackCase: FeedbackCase,
    numbering: { year: number; sequence: number },
    keys: CaseKeys,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<'inserted' | 'duplicate' | 'code-taken'> {
    try {
      await this.model.create({
        ...toRecordFields(feedbackCase),
        _id: feedbackCase.id,
        code: feedbackCase.code,
        communeCode: feedbackCase.communeCode,
        provinceCode: feedbackCase.provinceCode,
        kind: feedbackCase.kind,
        channel: feedbackCase.channel,
        content: feedbackCase.content,
        contact: feedbackCase.contact ?? null,
        responseWorkingDays: feedbackCase.responseWorkingDays ?? null,
        responseDueAt: feedbackCase.responseDueAt ?? null,
        handlingDueAt: feedbackCase.handlingDueAt ?? null,
        openedAt: feedbackCase.openedAt,
        origin: feedbackCase.origin,
        originId: feedbackCase.origin.id ?? null,
        sourceKey: keys.sourceKey,
        requestKey: keys.requestKey,
        fingerprint: keys.fingerprint,
        codeYear: numbering.year,
        codeSequence: numbering.sequence,
        escalation: null,
        escalated: false,
        ...withOutbox(events),
        audit: [audit],
      });
      return 'inserted';
    } catch (error) {
      if (!isDuplicateKeyError(error)) {
        throw error;
      }
      const holder = await this.model
        .exists({ $or: [{ sourceKey: keys.sourceKey }, { requestKey: keys.requestKey }] })
        .exec();
      return holder ? 'duplicate' : 'code-taken';
    }
  }

  /** The highest number given in the commune and year so far (0 when none). */
  async highestSequence(communeCode: string, year: number): Promise<number> {
    const record = await this.model
      .findOne({ communeCode, codeYear: year })
      .sort({ codeSequence: -1 })
      .select({ codeSequence: 1 })
      .lean<Pick<FeedbackCaseRecord, 'codeSequence'>>()
      .exec();
    return record?.codeSequence ?? 0;
  }

  /**
   * Stores an officer's change if nobody changed the case since it was read (same
   * revision). The events and the audit entry go in the same single-document update.
   */
  async saveChange(
    after: FeedbackCase,
    expectedRevision: number,
    events: OutboxEntry[],
    audit: AuditEntry,
  ): Promise<'saved' | 'stale'> {
    const result = await this.model
      .updateOne(
        { _id: after.id, revision: expectedRevision },
        {
          $set: {
            ...toRecordFields(after),
            revision: after.revision,
            ...(events.length > 0 ? { outboxPending: true } : {}),
          },
          $push: { audit, outbox: { $each: events } },
        },
      )
      .exec();
    return result.modifiedCount === 1 ? 'saved' : 'stale';
  }

  /** Flags an open case as escalated: 'unchanged' when it is already escalated or settled. */
  async escalate(
    id: string,
    escalation: CaseEscalation,
    audit: AuditEntry,
  ): Promise<'escalated' | 'unchanged'> {
    const result = await this.model
      .updateOne(
        { _id: id, escalation: null, status: { $in: [...OPEN_STATUSES] } },
        {
          $set: { escalation, escalated: true },
          $inc: { revision: 1 },
          $push: { audit },
        },
      )
      .exec();
    return result.modifiedCount === 1 ? 'escalated' : 'unchanged';
  }

  async findById(id: string, scope: TenantScope): Promise<FeedbackCase | null> {
    const record = await this.model
      .findOne({ $and: [{ _id: id }, tenantFilter(scope)] })
      .lean<FeedbackCaseRecord>()
      .exec();
    return record ? toFeedbackCase(record) : null;
  }

  /** For event handlers, which act for the system rather than for a person. */
  async findByIdAsSystem(id: string): Promise<FeedbackCase | null> {
    const record = await this.model.findOne({ _id: id }).lean<FeedbackCaseRecord>().exec();
    return record ? toFeedbackCase(record) : null;
  }

  async findByCode(code: string, scope: TenantScope): Promise<FeedbackCase | null> {
    const record = await this.model
      .findOne({ $and: [{ code }, tenantFilter(scope)] })
      .lean<FeedbackCaseRecord>()
      .exec();
    return record ? toFeedbackCase(record) : null;
  }

  async findBySourceKey(sourceKey: string): Promise<StoredCase | null> {
    return this.findStored({ sourceKey });
  }

  async findByRequestKey(requestKey: string): Promise<StoredCase | null> {
    return this.findStored({ requestKey });
  }

  /** The newest case of the commune with the same submission since the given time. */
  async findRecentByFingerprint(
    communeCode: string,
    fingerprint: string,
    since: Date,
  ): Promise<StoredCase | null> {
    const record = await this.model
      .findOne({ communeCode, fingerprint, openedAt: { $gte: since } })
      .sort({ openedAt: -1 })
      .lean<FeedbackCaseRecord>()
      .exec();
    return record
      ? { feedbackCase: toFeedbackCase(record), fingerprint: record.fingerprint }
      : null;
  }

  async findByOrigin(originId: string): Promise<FeedbackCase[]> {
    const records = await this.model
      .find({ originId })
      .sort({ 'origin.index': 1 })
      .lean<FeedbackCaseRecord[]>()
      .exec();
    return records.map(toFeedbackCase);
  }

  async search(criteria: CaseSearch): Promise<FeedbackCase[]> {
    const filter: FilterQuery<FeedbackCaseRecord> = {};
    if (criteria.communeCode) {
      filter.communeCode = criteria.communeCode;
    }
    if (criteria.status) {
      filter.status = criteria.status;
    }
    if (criteria.kind) {
      filter.kind = criteria.kind;
    }
    if (criteria.escalated !== undefined) {
      filter.escalated = criteria.escalated;
    }
    if (criteria.code) {
      filter.code = criteria.code;
    }
    const records = await this.model
      .find({ $and: [filter, tenantFilter(criteria.scope)] })
      .sort({ openedAt: -1 })
      .limit(criteria.limit)
      .lean<FeedbackCaseRecord[]>()
      .exec();
    return records.map(toFeedbackCase);
  }

  /** Published answers of one commune, newest first, with nothing that names the citizen. */
  async listPublicAnswers(communeCode: string, limit: number): Promise<PublicAnswerRow[]> {
    const records = await this.model
      .find({ communeCode, publishedAt: { $ne: null } })
      .select({ code: 1, kind: 1, category: 1, channel: 1, openedAt: 1, publicAnswer: 1 })
      .sort({ publishedAt: -1 })
      .limit(limit)
      .lean<
        Pick<
          FeedbackCaseRecord,
          'code' | 'kind' | 'category' | 'channel' | 'openedAt' | 'publicAnswer'
        >[]
      >()
      .exec();
    return records
      .filter((record) => record.publicAnswer?.publishedAt)
      .map((record) => {
        const published = record.publicAnswer as NonNullable<FeedbackCaseRecord['publicAnswer']>;
        return {
          caseCode: record.code,
          kind: record.kind as FeedbackKind,
          category: record.category as FeedbackCategory,
          channel: record.channel as FeedbackChannel,
          receivedAt: record.openedAt,
          ...(published.summary ? { summary: published.summary } : {}),
          answer: published.answer,
          publishedAt: published.publishedAt as Date,
        };
      });
  }

  private async findStored(filter: FilterQuery<FeedbackCaseRecord>): Promise<StoredCase | null> {
    const record = await this.model.findOne(filter).lean<FeedbackCaseRecord>().exec();
    return record
      ? { feedbackCase: toFeedbackCase(record), fingerprint: record.fingerprint }
      : null;
  }
}

/** The fields an officer's change may touch. */
function toRecordFields(feedbackCase: FeedbackCase): Partial<FeedbackCaseRecord> {
  const { publicAnswer } = feedbackCase;
  return {
    status: feedbackCase.status,
    category: feedbackCase.category,
    assignee: feedbackCase.assignee ?? null,
    answer: feedbackCase.answer ?? null,
    publicAnswer: publicAnswer
      ? {
          ...compact({
            summary: publicAnswer.summary,
            heldReasons: publicAnswer.heldForReview?.reasons,
            heldAt: publicAnswer.heldForReview?.heldAt,
            reviewedBy: publicAnswer.reviewedBy,
          }),
          answer: publicAnswer.answer,
          publishedAt: publicAnswer.publishedAt ?? null,
        }
      : null,
    publishedAt: publicAnswer?.publishedAt ?? null,
    answerNotification: feedbackCase.answerNotification ?? null,
    duplicateOf: feedbackCase.duplicateOf ?? null,
    decline: feedbackCase.decline ?? null,
    statutoryRoute: feedbackCase.statutoryRoute ?? null,
    closedAt: feedbackCase.closedAt ?? null,
    revision: feedbackCase.revision,
  };
}

/** Stored as one subdocument; dates come back as dates. */
function toStatutoryRoute(record: StatutoryRoute): StatutoryRoute {
  const dateOrAbsent = (value: Date | undefined) => (value ? new Date(value) : undefined);
  return {
    procedure: record.procedure,
    routedAt: new Date(record.routedAt),
    routedBy: record.routedBy,
    reason: record.reason,
    remoteArea: record.remoteArea,
    acceptanceDueAt: new Date(record.acceptanceDueAt),
    ...compact({
      acceptedAt: dateOrAbsent(record.acceptedAt),
      complexity: record.complexity,
      resolutionDueAt: dateOrAbsent(record.resolutionDueAt),
    }),
    extensions: (record.extensions ?? []).map((extension) => ({
      days: extension.days,
      reason: extension.reason,
      decidedAt: new Date(extension.decidedAt),
    })),
  };
}

function toFeedbackCase(record: FeedbackCaseRecord): FeedbackCase {
  const { contact, assignee, origin, answer, publicAnswer, answerNotification, escalation } =
    record;
  const held = publicAnswer?.heldReasons?.length ? publicAnswer.heldAt : null;
  return {
    id: record._id,
    code: record.code,
    communeCode: record.communeCode,
    provinceCode: record.provinceCode,
    kind: record.kind as FeedbackKind,
    channel: record.channel as FeedbackChannel,
    category: record.category as FeedbackCategory,
    content: record.content,
    status: record.status as CaseStatus,
    openedAt: record.openedAt,
    origin: compact({ type: origin.type as CaseOriginType, id: origin.id, index: origin.index }),
    revision: record.revision,
    ...compact({
      contact: contact && compact({ ...contact }),
      assignee: assignee && compact({ ...assignee, type: assignee.type as AssigneeType }),
      responseWorkingDays: record.responseWorkingDays,
      responseDueAt: record.responseDueAt,
      answer: answer && { ...answer },
      publicAnswer:
        publicAnswer &&
        compact({
          summary: publicAnswer.summary,
          answer: publicAnswer.answer,
          publishedAt: publicAnswer.publishedAt,
          heldForReview: held && {
            reasons: publicAnswer.heldReasons as UncertainMention[],
            heldAt: held,
          },
          reviewedBy: publicAnswer.reviewedBy,
        }),
      answerNotification: answerNotification && {
        channel: answerNotification.channel as NotificationChannel,
        status: answerNotification.status as 'notification-pending' | 'published-only',
        recordedAt: answerNotification.recordedAt,
      },
      duplicateOf: record.duplicateOf && { ...record.duplicateOf },
      handlingDueAt: record.handlingDueAt,
      statutoryRoute: record.statutoryRoute && toStatutoryRoute(record.statutoryRoute),
      decline: record.decline && compact({ ...record.decline }),
      escalation: escalation && { ...escalation, to: 'leader' as const },
      closedAt: record.closedAt,
    }),
  };
}
