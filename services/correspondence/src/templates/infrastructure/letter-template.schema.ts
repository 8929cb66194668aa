import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { LETTER_KINDS } from '@libs/contracts';
import { CommuneOwnedRecord } from '@libs/persistence';

/** One saved version of a commune's own wording for a kind of letter; never changed after. */
@Schema({ collection: 'letter_templates' })
export class LetterTemplateRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: String, required: true, enum: LETTER_KINDS })
  kind: string;

  @Prop({ type: Number, required: true })
  version: number;

  @Prop({ type: String, required: true })
  title: string;

  @Prop({ type: String, required: true })
  salutation: string;

  @Prop({ type: [String], required: true })
  paragraphs: string[];

  @Prop({ type: Date, required: true })
  createdAt: Date;

  @Prop({ type: String, required: true })
  createdBy: string;

  audit: WithAudit['audit'];
}

export const LetterTemplateSchema = SchemaFactory.createForClass(LetterTemplateRecord);
LetterTemplateSchema.plugin(auditPlugin);
// Two leaders saving at once cannot both create the same version.
LetterTemplateSchema.index({ communeCode: 1, kind: 1, version: -1 }, { unique: true });
