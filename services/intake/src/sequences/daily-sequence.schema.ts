import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** One counter per series and day, e.g. a commune's dossier numbers of 12 February 2026. */
@Schema({ collection: 'daily_sequences', timestamps: true })
export class DailySequenceRecord {
  /** `<series>:<scope>:<day>`, e.g. `dossier:14797:260212`. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: Number, required: true })
  value: number;
}

export const DailySequenceSchema = SchemaFactory.createForClass(DailySequenceRecord);
