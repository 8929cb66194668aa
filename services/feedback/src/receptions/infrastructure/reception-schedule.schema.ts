import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { CommuneOwnedRecord } from '@libs/persistence';

/** A commune's current citizen reception schedule (one per commune, keyed by its code). */
@Schema({ collection: 'reception_schedules', versionKey: false })
export class ReceptionScheduleRecord extends CommuneOwnedRecord {
  @Prop({ type: [Number], required: true })
  weekdays: number[];

  @Prop({ type: String, required: true })
  startTime: string;

  @Prop({ type: String, required: true })
  endTime: string;

  @Prop({ type: String, required: true })
  place: string;

  @Prop({ type: String, required: true })
  effectiveFrom: string;

  @Prop({ type: Date, required: true })
  setAt: Date;

  @Prop({ type: String, required: true })
  setBy: string;
}

export const ReceptionScheduleSchema = SchemaFactory.createForClass(ReceptionScheduleRecord);
