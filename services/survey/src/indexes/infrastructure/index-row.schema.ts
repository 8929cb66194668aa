import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { CommuneOwnedRecord } from '@libs/persistence';

import { INDEX_DIMENSIONS } from '../domain/satisfaction-index';

/**
 * One counter row: a commune (or one of its procedures or officers) in one month, or a
 * campaign. Counters only ever move by `$inc`, each fact at most once (see `counted`).
 */
@Schema({ collection: 'satisfaction_index_rows', minimize: false })
export class IndexRowRecord extends CommuneOwnedRecord {
  @Prop({ type: String, required: true, enum: ['result', 'campaign'] })
  scope: string;

  @Prop({ type: String, default: null })
  campaignId: string | null;

  @Prop({ type: String, default: null })
  period: string | null;

  @Prop({ type: String, required: true, enum: INDEX_DIMENSIONS })
  dimension: string;

  @Prop({ type: String, default: '' })
  dimensionKey: string;

  @Prop({ type: Number, default: 0 })
  invitations: number;

  @Prop({ type: Number, default: 0 })
  returnedLate: number;

  @Prop({ type: Number, default: 0 })
  answers: number;

  @Prop({ type: Number, default: 0 })
  satisfied: number;

  @Prop({ type: Number, default: 0 })
  dissatisfied: number;

  /** r1..r5: answers per overall rating. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: () => ({}) })
  overall: Record<string, number>;

  /** <element>.sum / .count / .satisfied */
  @Prop({ type: MongooseSchema.Types.Mixed, default: () => ({}) })
  sipas: Record<string, Record<string, number>>;

  /** <item>.yes / .no / .notApplicable */
  @Prop({ type: MongooseSchema.Types.Mixed, default: () => ({}) })
  conduct: Record<string, Record<string, number>>;

  /**
   * Facts already counted here (`issued:<invitationId>`, `answered:<invitationId>`): the
   * guard that makes a replayed count a no-op. Bounded by one commune-month's invitations.
   */
  @Prop({ type: [String], default: [] })
  counted: string[];

  @Prop({ type: Date, default: null })
  updatedAt: Date | null;
}

export const IndexRowSchema = SchemaFactory.createForClass(IndexRowRecord);
IndexRowSchema.index({ scope: 1, communeCode: 1, period: 1 });
IndexRowSchema.index({ scope: 1, provinceCode: 1, period: 1 });
IndexRowSchema.index({ campaignId: 1 });
