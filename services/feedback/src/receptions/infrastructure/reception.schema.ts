import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedRecord, ContactRecord, ContactRecordSchema } from '@libs/persistence';

import { RECEPTION_KINDS } from '../domain/reception';

@Schema({ _id: false })
class ReceptionIssueRecord {
  @Prop({ type: Number, required: true })
  number: number;

  @Prop({ type: String, required: true })
  summary: string;

  @Prop({ type: String })
  category?: string;

  @Prop({ type: ContactRecordSchema, default: null })
  raisedBy: ContactRecord | null;
}

@Schema({ collection: 'receptions', timestamps: true })
export class ReceptionRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: String, required: true, enum: RECEPTION_KINDS })
  kind: string;

  @Prop({ type: String, required: true })
  heldOn: string;

  @Prop({ type: String, required: true })
  leaderName: string;

  @Prop({ type: Number, required: true })
  citizenCount: number;

  @Prop({ type: String })
  location?: string;

  @Prop({ type: String })
  topic?: string;

  @Prop({ type: [SchemaFactory.createForClass(ReceptionIssueRecord)], default: [] })
  issues: ReceptionIssueRecord[];

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

export const ReceptionSchema = SchemaFactory.createForClass(ReceptionRecord);
ReceptionSchema.plugin(auditPlugin);
ReceptionSchema.index({ requestKey: 1 }, { unique: true });
ReceptionSchema.index({ communeCode: 1, heldOn: -1 });
