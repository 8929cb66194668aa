import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { CommuneOwnedRecord } from '@libs/persistence';

/**
 * One commune's counters for one day in Vietnam time (`<communeCode>:<YYYY-MM-DD>`). Every
 * period is a range of days, so any period sums from these. Counters move only by `$inc`,
 * each event at most once (see `counted`).
 */
@Schema({ collection: 'commune_days', minimize: false })
export class CommuneDayRecord extends CommuneOwnedRecord {
  @Prop({ type: String, required: true })
  day: string;

  /** Counter name → value (see DayCounts). */
  @Prop({ type: MongooseSchema.Types.Mixed, default: () => ({}) })
  c: Record<string, number>;

  /** Ids of the events already counted here: a redelivered or replayed event is a no-op. */
  @Prop({ type: [String], default: [] })
  counted: string[];

  @Prop({ type: Date, default: null })
  updatedAt: Date | null;
}

export const CommuneDaySchema = SchemaFactory.createForClass(CommuneDayRecord);
CommuneDaySchema.index({ communeCode: 1, day: 1 });
CommuneDaySchema.index({ provinceCode: 1, day: 1 });
CommuneDaySchema.index({ updatedAt: -1 });
