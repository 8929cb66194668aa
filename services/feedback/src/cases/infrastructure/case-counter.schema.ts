import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** One sequence per commune and year, for case codes; moved only by atomic `$inc`. */
@Schema({ collection: 'case_counters' })
export class CaseCounterRecord {
  /** `<communeCode>:<year>` */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: Number, required: true })
  sequence: number;
}

export const CaseCounterSchema = SchemaFactory.createForClass(CaseCounterRecord);
