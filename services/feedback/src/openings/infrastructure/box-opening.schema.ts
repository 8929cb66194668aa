import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedRecord, ContactRecord, ContactRecordSchema } from '@libs/persistence';

@Schema({ _id: false })
class BoxLetterRecord {
  @Prop({ type: Number, required: true })
  number: number;

  @Prop({ type: String, required: true })
  kind: string;

  @Prop({ type: String })
  category?: string;

  @Prop({ type: String, required: true })
  content: string;

  @Prop({ type: ContactRecordSchema, default: null })
  contact: ContactRecord | null;
}

@Schema({ collection: 'box_openings', timestamps: true })
export class BoxOpeningRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: String, required: true })
  boxId: string;

  @Prop({ type: String, required: true })
  openedOn: string;

  /** Historical entry only: the receipt time of the letters' cases. */
  @Prop({ type: Date, default: null })
  receivedAt: Date | null;

  @Prop({ type: [String], required: true })
  officersPresent: string[];

  /** Witnesses besides the officers (the Fatherland Front's representative). */
  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  witnesses: { fullName: string; organisation: string; position?: string }[];

  /** The minutes of the opening (biên bản mở hòm thư). */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  minutes: { number?: string; summary: string } | null;

  /** Kept so a retried request can finish opening the letters' cases. */
  @Prop({ type: [SchemaFactory.createForClass(BoxLetterRecord)], default: [] })
  letters: BoxLetterRecord[];

  @Prop({ type: Date, required: true })
  recordedAt: Date;

  @Prop({ type: String, required: true })
  recordedBy: string;

  @Prop({ type: String, required: true })
  requestKey: string;

  @Prop({ type: String, required: true })
  requestFingerprint: string;

  audit: WithAudit['audit'];
}

export const BoxOpeningSchema = SchemaFactory.createForClass(BoxOpeningRecord);
BoxOpeningSchema.plugin(auditPlugin);
BoxOpeningSchema.index({ requestKey: 1 }, { unique: true });
BoxOpeningSchema.index({ boxId: 1, openedOn: -1 });
