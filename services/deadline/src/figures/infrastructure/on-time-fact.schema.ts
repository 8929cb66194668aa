import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { DEADLINE_SUBJECTS } from '@libs/contracts';
import { CommuneOwnedRecord } from '@libs/persistence';

/**
 * One counted fact, written once and never updated: its key is the `_id`, so a redelivered
 * event adds nothing, and the figures are read per period through an index.
 */
@Schema({ collection: 'on_time_facts', timestamps: true })
export class OnTimeFactRecord extends CommuneOwnedRecord {
  @Prop({ type: String, required: true })
  deadlineId: string;

  @Prop({ type: String, required: true })
  period: string;

  @Prop({ type: String, required: true, enum: DEADLINE_SUBJECTS })
  subjectType: string;

  @Prop({ type: String, required: true })
  category: string;

  @Prop({ type: String, required: true })
  officerId: string;

  @Prop({ type: String, required: true, enum: ['received', 'returned'] })
  kind: string;

  @Prop({ type: Boolean, default: null })
  onTime: boolean | null;

  @Prop({ type: Number, required: true })
  processingWorkingHours: number;
}

export const OnTimeFactSchema = SchemaFactory.createForClass(OnTimeFactRecord);
OnTimeFactSchema.index({ period: 1, communeCode: 1 });
OnTimeFactSchema.index({ period: 1, provinceCode: 1 });
