import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One line of a commune's register of outgoing letters ("sổ đăng ký văn bản đi"): numbers run
 * from 01 each 1 January (Decree 30/2020, Phụ lục I §II.3a). The id holds commune, year and
 * number, so two letters can never take the same number; the letter id is unique too, so a
 * letter never takes two. A number exists only once claimed by a letter: the register has no
 * gaps.
 */
@Schema({ collection: 'letter_numbers' })
export class LetterNumberClaimRecord {
  /** `<communeCode>:<year>:<number>`. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  communeCode: string;

  @Prop({ type: Number, required: true })
  year: number;

  @Prop({ type: Number, required: true })
  number: number;

  @Prop({ type: String, required: true })
  letterId: string;

  @Prop({ type: Date, required: true })
  claimedAt: Date;
}

export const LetterNumberClaimSchema = SchemaFactory.createForClass(LetterNumberClaimRecord);
LetterNumberClaimSchema.index({ letterId: 1 }, { unique: true });
LetterNumberClaimSchema.index({ communeCode: 1, year: 1, number: -1 });

/**
 * The head of a commune's register for a year: the highest number claimed so far, so the next
 * claim reads one document instead of sorting the year's claims. It may lag behind the claims
 * (a crash between the claim and the head's update); a claim then walks forward past the taken
 * numbers, so the register stays gap-free either way.
 */
@Schema({ collection: 'letter_number_heads' })
export class LetterNumberHeadRecord {
  /** `<communeCode>:<year>`. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: Number, required: true })
  last: number;
}

export const LetterNumberHeadSchema = SchemaFactory.createForClass(LetterNumberHeadRecord);
