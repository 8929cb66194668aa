import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { LETTER_KINDS } from '@libs/contracts';
import { HydratedDocument } from 'mongoose';

/**
 * Letters created per commune, kind and Vietnam calendar month: an incremental projection,
 * so reports read a handful of small documents instead of scanning the register.
 */
@Schema({ collection: 'letter_counts' })
export class LetterCountRecord {
  /** `<communeCode>|<kind>|<YYYY-MM>`. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  communeCode: string;

  @Prop({ type: String, required: true })
  provinceCode: string;

  @Prop({ type: String, required: true, enum: LETTER_KINDS })
  kind: string;

  /** YYYY-MM. */
  @Prop({ type: String, required: true })
  month: string;

  /** YYYY. */
  @Prop({ type: String, required: true })
  year: string;

  @Prop({ type: Number, required: true, default: 0 })
  count: number;

  /** The letters already counted, so a repeated increment changes nothing. */
  @Prop({ type: [String], default: [] })
  letterIds: string[];
}

export type LetterCountDocument = HydratedDocument<LetterCountRecord>;
export const LetterCountSchema = SchemaFactory.createForClass(LetterCountRecord);
LetterCountSchema.index({ communeCode: 1, month: 1 });
LetterCountSchema.index({ communeCode: 1, year: 1 });
