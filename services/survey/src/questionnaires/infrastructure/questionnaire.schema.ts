import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedRecord } from '@libs/persistence';

import { Question } from '../domain/questionnaire';

@Schema({ collection: 'questionnaires', timestamps: true })
export class QuestionnaireRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: Number, required: true })
  version: number;

  @Prop({ type: String, required: true })
  title: string;

  @Prop({ type: String, default: '' })
  introduction: string;

  @Prop({ type: Boolean, required: true })
  anonymous: boolean;

  /** Validated by the domain rules before it is stored; versions are never edited. */
  @Prop({ type: [MongooseSchema.Types.Mixed], required: true })
  questions: Question[];

  @Prop({ type: Date, required: true })
  publishedAt: Date;

  @Prop({ type: String, required: true })
  publishedBy: string;

  audit: WithAudit['audit'];
}

export const QuestionnaireSchema = SchemaFactory.createForClass(QuestionnaireRecord);
QuestionnaireSchema.plugin(auditPlugin);
// One line of versions per commune; two leaders publishing at once cannot both get version n.
QuestionnaireSchema.index({ communeCode: 1, version: 1 }, { unique: true });
