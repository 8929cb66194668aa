import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { LETTER_CHANNELS, LETTER_KINDS, LETTER_STATUSES } from '@libs/contracts';
import { CommuneOwnedOutboxRecord, outboxPlugin } from '@libs/messaging';

@Schema({ _id: false })
class LetterContentRecord {
  @Prop({ type: String, required: true })
  issuer: string;

  @Prop({ type: [String], required: true })
  nationalMotto: string[];

  @Prop({ type: String })
  documentNumber?: string;

  @Prop({ type: String, required: true })
  placeAndDate: string;

  @Prop({ type: String, required: true })
  title: string;

  @Prop({ type: String, required: true })
  salutation: string;

  @Prop({ type: [String], required: true })
  paragraphs: string[];

  @Prop({ type: [String], required: true })
  signatureBlock: string[];

  @Prop({ type: String })
  signerName?: string;
}

@Schema({ _id: false })
export class LetterNumberRecord {
  @Prop({ type: Number, required: true })
  value: number;

  @Prop({ type: Number, required: true })
  year: number;

  @Prop({ type: String, required: true })
  symbol: string;
}

@Schema({ _id: false })
class TriggerRecord {
  @Prop({ type: String, required: true })
  eventId: string;

  @Prop({ type: String, required: true })
  eventType: string;
}

@Schema({ _id: false })
class TemplateUsedRecord {
  @Prop({ type: Number, required: true })
  version: number;

  @Prop({ type: String, required: true, enum: ['built-in', 'commune'] })
  source: string;
}

@Schema({ _id: false })
export class ResendRecord {
  @Prop({ type: Date, required: true })
  at: Date;

  @Prop({ type: String, required: true })
  by: string;

  @Prop({ type: String, required: true, enum: LETTER_CHANNELS })
  channel: string;

  @Prop({ type: String })
  note?: string;
}

/**
 * One letter. Status, delivery and status times are top-level fields so the dispatcher, the
 * print batch and the register query them without dotted paths.
 */
@Schema({ collection: 'letters', timestamps: true, minimize: false })
export class LetterRecord extends CommuneOwnedOutboxRecord implements WithAudit {
  @Prop({ type: String, required: true, enum: LETTER_KINDS })
  kind: string;

  @Prop({ type: String, required: true })
  subjectKey: string;

  @Prop({ type: String, required: true })
  recipientName: string;

  /** The recipient's name folded (no diacritics, lower case) for searching. */
  @Prop({ type: String, required: true })
  recipientSearch: string;

  @Prop({ type: String })
  recipientAddress?: string;

  @Prop({ type: String })
  recipientEmail?: string;

  @Prop({ type: String })
  recipientPhone?: string;

  @Prop({ type: SchemaFactory.createForClass(LetterContentRecord), required: true })
  content: LetterContentRecord;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  values: Record<string, string>;

  @Prop({ type: SchemaFactory.createForClass(TemplateUsedRecord), required: true })
  template: TemplateUsedRecord;

  @Prop({ type: String, required: true, enum: LETTER_STATUSES })
  status: string;

  @Prop({ type: String, required: true, enum: LETTER_CHANNELS })
  channel: string;

  @Prop({ type: Date, default: null })
  approvedAt: Date | null;

  @Prop({ type: Date, default: null })
  sentAt: Date | null;

  @Prop({ type: Date, default: null })
  printedAt: Date | null;

  @Prop({ type: Date, default: null })
  deliveredAt: Date | null;

  @Prop({ type: Date, default: null })
  failedAt: Date | null;

  @Prop({ type: Number, required: true, default: 0 })
  attempts: number;

  @Prop({ type: String, default: null })
  lastError: string | null;

  @Prop({ type: Date, default: null })
  lastAttemptAt: Date | null;

  /** Domain time at which the dispatcher may (re)try; null when nothing is scheduled. */
  @Prop({ type: Date, default: null })
  nextAttemptAt: Date | null;

  /** Real time until which one dispatcher replica holds the letter. */
  @Prop({ type: Date, default: null })
  deliveryLeaseUntil: Date | null;

  @Prop({ type: String, default: null })
  providerReference: string | null;

  @Prop({ type: String, default: null })
  printBatchId: string | null;

  @Prop({ type: [SchemaFactory.createForClass(ResendRecord)], default: [] })
  resends: ResendRecord[];

  @Prop({ type: SchemaFactory.createForClass(TriggerRecord), required: true })
  triggeredBy: TriggerRecord;

  @Prop({ type: Date, required: true })
  createdAt: Date;

  /** The number from the commune's register, given on issue; null for a draft. */
  @Prop({ type: SchemaFactory.createForClass(LetterNumberRecord), default: null })
  number: LetterNumberRecord | null;

  /** When a leader must have approved the draft; null when no approval deadline applies. */
  @Prop({ type: Date, default: null })
  approvalDueAt: Date | null;

  @Prop({ type: Date, default: null })
  escalatedAt: Date | null;

  audit: WithAudit['audit'];
}

export const LetterSchema = SchemaFactory.createForClass(LetterRecord);
LetterSchema.plugin(outboxPlugin);
LetterSchema.plugin(auditPlugin);
// Exactly once: one letter per kind and triggering fact, whatever the redelivery or replay.
LetterSchema.index({ kind: 1, subjectKey: 1 }, { unique: true });
LetterSchema.index({ communeCode: 1, kind: 1, createdAt: -1 });
LetterSchema.index({ communeCode: 1, status: 1, createdAt: -1 });
// The dispatcher's and the print batch's work queues.
LetterSchema.index({ status: 1, channel: 1, nextAttemptAt: 1 });
LetterSchema.index({ communeCode: 1, channel: 1, status: 1, approvedAt: 1 });
// The approval watch's queue: drafts whose approval time has come.
LetterSchema.index({ status: 1, approvalDueAt: 1 });
