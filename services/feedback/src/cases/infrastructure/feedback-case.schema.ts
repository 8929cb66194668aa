import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS } from '@libs/contracts';
import { CommuneOwnedOutboxRecord, outboxPlugin } from '@libs/messaging';
import { ContactRecord, ContactRecordSchema } from '@libs/persistence';

import {
  ASSIGNEE_TYPES,
  CASE_STATUSES,
  FEEDBACK_CATEGORIES,
  NOTIFICATION_CHANNELS,
} from '../domain/feedback-case';
import { StatutoryRoute } from '../domain/letter-procedures';

@Schema({ _id: false })
class AssigneeRecord {
  @Prop({ type: String, required: true, enum: ASSIGNEE_TYPES })
  type: string;

  @Prop({ type: String })
  id?: string;

  @Prop({ type: String, required: true })
  name: string;
}

@Schema({ _id: false })
class OriginRecord {
  @Prop({ type: String, required: true })
  type: string;

  @Prop({ type: String })
  id?: string;

  @Prop({ type: Number })
  index?: number;
}

@Schema({ _id: false })
class AnswerRecord {
  @Prop({ type: String, required: true })
  text: string;

  @Prop({ type: Date, required: true })
  answeredAt: Date;

  @Prop({ type: String, required: true })
  answeredBy: string;
}

@Schema({ _id: false })
class PublicAnswerRecord {
  @Prop({ type: String })
  summary?: string;

  @Prop({ type: String, required: true })
  answer: string;

  @Prop({ type: Date, default: null })
  publishedAt: Date | null;

  @Prop({ type: [String], default: undefined })
  heldReasons?: string[];

  @Prop({ type: Date, default: null })
  heldAt?: Date | null;

  @Prop({ type: String })
  reviewedBy?: string;
}

@Schema({ _id: false })
class AnswerNotificationRecord {
  @Prop({ type: String, required: true, enum: NOTIFICATION_CHANNELS })
  channel: string;

  @Prop({ type: String, required: true })
  status: string;

  @Prop({ type: Date, required: true })
  recordedAt: Date;
}

@Schema({ _id: false })
class CaseRefRecord {
  @Prop({ type: String, required: true })
  caseId: string;

  @Prop({ type: String, required: true })
  caseCode: string;
}

@Schema({ _id: false })
class DeclineRecord {
  @Prop({ type: String, required: true })
  reason: string;

  @Prop({ type: String })
  referredTo?: string;
}

@Schema({ _id: false })
class EscalationRecord {
  @Prop({ type: String, required: true })
  to: string;

  @Prop({ type: Date, required: true })
  escalatedAt: Date;

  @Prop({ type: String, required: true })
  deadlineId: string;

  @Prop({ type: Date, required: true })
  dueAt: Date;

  @Prop({ type: String, required: true })
  reason: string;
}

@Schema({ collection: 'feedback_cases', timestamps: true })
export class FeedbackCaseRecord extends CommuneOwnedOutboxRecord implements WithAudit {
  @Prop({ type: String, required: true })
  code: string;

  @Prop({ type: String, required: true, enum: FEEDBACK_KINDS })
  kind: string;

  @Prop({ type: String, required: true, enum: FEEDBACK_CHANNELS })
  channel: string;

  @Prop({ type: String, required: true, enum: FEEDBACK_CATEGORIES })
  category: string;

  @Prop({ type: String, required: true })
  content: string;

  @Prop({ type: ContactRecordSchema, default: null })
  contact: ContactRecord | null;

  @Prop({ type: String, required: true, enum: CASE_STATUSES })
  status: string;

  @Prop({ type: SchemaFactory.createForClass(AssigneeRecord), default: null })
  assignee: AssigneeRecord | null;

  @Prop({ type: Number, default: null })
  responseWorkingDays: number | null;

  @Prop({ type: Date, default: null })
  responseDueAt: Date | null;

  @Prop({ type: Date, required: true })
  openedAt: Date;

  @Prop({ type: SchemaFactory.createForClass(OriginRecord), required: true })
  origin: OriginRecord;

  /** The origin's id, top level so the store can index it (opening, reception, invitation). */
  @Prop({ type: String, default: null })
  originId: string | null;

  /**
   * The fact the case stands for (`box-opening:<id>:<n>`, `survey:<invitationId>`,
   * `online:<fingerprint>:<window>`): one case per fact, however often it is delivered.
   */
  @Prop({ type: String, required: true })
  sourceKey: string;

  /** The client's Idempotency-Key (scoped) or a generated one: one case per request. */
  @Prop({ type: String, required: true })
  requestKey: string;

  /** Hash of what was submitted, to spot the same letter sent twice. */
  @Prop({ type: String, required: true })
  fingerprint: string;

  @Prop({ type: SchemaFactory.createForClass(AnswerRecord), default: null })
  answer: AnswerRecord | null;

  @Prop({ type: SchemaFactory.createForClass(PublicAnswerRecord), default: null })
  publicAnswer: PublicAnswerRecord | null;

  /** Copy of publicAnswer.publishedAt at top level, for the public list's index. */
  @Prop({ type: Date, default: null })
  publishedAt: Date | null;

  @Prop({ type: SchemaFactory.createForClass(AnswerNotificationRecord), default: null })
  answerNotification: AnswerNotificationRecord | null;

  @Prop({ type: SchemaFactory.createForClass(CaseRefRecord), default: null })
  duplicateOf: CaseRefRecord | null;

  @Prop({ type: SchemaFactory.createForClass(DeclineRecord), default: null })
  decline: DeclineRecord | null;

  /** End of the period for handling the letter (xử lý đơn). */
  @Prop({ type: Date, default: null })
  handlingDueAt: Date | null;

  /** A complaint or denunciation routed to its own procedure (letter-procedures.ts). */
  @Prop({ type: Object, default: null })
  statutoryRoute: StatutoryRoute | null;

  @Prop({ type: SchemaFactory.createForClass(EscalationRecord), default: null })
  escalation: EscalationRecord | null;

  @Prop({ type: Boolean, default: false })
  escalated: boolean;

  @Prop({ type: Date, default: null })
  closedAt: Date | null;

  @Prop({ type: Number, required: true })
  revision: number;

  /** Vietnam calendar year and number within it, behind `code`; for the next free number. */
  @Prop({ type: Number, required: true })
  codeYear: number;

  @Prop({ type: Number, required: true })
  codeSequence: number;

  audit: WithAudit['audit'];
}

export const FeedbackCaseSchema = SchemaFactory.createForClass(FeedbackCaseRecord);
FeedbackCaseSchema.plugin(outboxPlugin);
FeedbackCaseSchema.plugin(auditPlugin);
FeedbackCaseSchema.index({ code: 1 }, { unique: true });
FeedbackCaseSchema.index({ sourceKey: 1 }, { unique: true });
FeedbackCaseSchema.index({ requestKey: 1 }, { unique: true });
FeedbackCaseSchema.index({ communeCode: 1, status: 1, openedAt: -1 });
FeedbackCaseSchema.index({ communeCode: 1, fingerprint: 1, openedAt: -1 });
FeedbackCaseSchema.index({ communeCode: 1, publishedAt: -1 });
FeedbackCaseSchema.index({ originId: 1 });
FeedbackCaseSchema.index({ communeCode: 1, codeYear: 1, codeSequence: -1 });
