import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { LETTER_KINDS } from '@libs/contracts';
import { auditPlugin, WithAudit } from '@libs/audit';
import { outboxPlugin, WithOutbox } from '@libs/messaging';
import { HydratedDocument } from 'mongoose';

@Schema({ _id: false })
class LetterContentRecord {
  @Prop({ type: String, required: true })
  issuer: string;

  @Prop({ type: [String], required: true })
  nationalMotto: string[];

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
}

@Schema({ _id: false })
class TriggerRecord {
  @Prop({ type: String, required: true })
  eventId: string;

  @Prop({ type: String, required: true })
  eventType: string;
}

@Schema({ collection: 'letters', timestamps: true })
export class LetterRecord implements WithOutbox, WithAudit {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  communeCode: string;

  @Prop({ type: String, required: true })
  provinceCode: string;

  @Prop({ type: String, required: true, enum: LETTER_KINDS })
  kind: string;

  @Prop({ type: String, required: true })
  subjectKey: string;

  @Prop({ type: String, required: true })
  recipientName: string;

  @Prop({ type: String, required: true })
  recipientAddress: string;

  @Prop({ type: SchemaFactory.createForClass(LetterContentRecord), required: true })
  content: LetterContentRecord;

  @Prop({ type: String, required: true })
  status: string;

  @Prop({ type: SchemaFactory.createForClass(TriggerRecord), required: true })
  triggeredBy: TriggerRecord;

  @Prop({ type: Date, required: true })
  createdAt: Date;

  outbox: WithOutbox['outbox'];
  outboxPending: boolean;
  outboxLeaseUntil: Date | null;
  audit: WithAudit['audit'];
}

export type LetterDocument = HydratedDocument<LetterRecord>;
export const LetterSchema = SchemaFactory.createForClass(LetterRecord);
LetterSchema.plugin(outboxPlugin);
LetterSchema.plugin(auditPlugin);
// Exactly once: one letter per kind and triggering fact, whatever the redelivery or replay.
LetterSchema.index({ kind: 1, subjectKey: 1 }, { unique: true });
LetterSchema.index({ communeCode: 1, kind: 1, createdAt: -1 });
