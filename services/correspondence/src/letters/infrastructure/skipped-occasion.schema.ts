import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { LETTER_KINDS } from '@libs/contracts';
import { CommuneOwnedRecord } from '@libs/persistence';

/**
 * A valid civil-status event that got no letter because it was registered outside the letter
 * window (a late registration): acknowledged and recorded, never dead-lettered. Its id is
 * `<kind>:<subjectKey>`: one record per fact, whatever the redelivery.
 */
@Schema({ collection: 'skipped_occasions' })
export class SkippedOccasionRecord extends CommuneOwnedRecord {
  @Prop({ type: String, required: true, enum: LETTER_KINDS })
  kind: string;

  @Prop({ type: String, required: true })
  subjectKey: string;

  @Prop({ type: String, required: true, enum: ['outside-window'] })
  reason: string;

  @Prop({ type: String, required: true })
  eventDate: string;

  @Prop({ type: String, required: true })
  registeredOn: string;

  @Prop({ type: Number, required: true })
  days: number;

  @Prop({ type: Number, required: true })
  windowDays: number;

  /** The request as drafted from the event, kept so an officer may ask for the letter later. */
  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  request: Record<string, unknown>;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  envelope: Record<string, unknown>;

  @Prop({ type: Date, required: true })
  recordedAt: Date;
}

export const SkippedOccasionSchema = SchemaFactory.createForClass(SkippedOccasionRecord);
SkippedOccasionSchema.index({ communeCode: 1, recordedAt: -1 });
