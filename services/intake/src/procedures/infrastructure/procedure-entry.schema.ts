import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedRecord } from '@libs/persistence';

/**
 * A commune's own catalogue entry (a new procedure, or its terms for a built-in one). Its id is
 * `<communeCode>:<key>`: one entry per procedure and commune.
 */
@Schema({ collection: 'procedure_entries', timestamps: true })
export class ProcedureEntryRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: String, required: true })
  key: string;

  @Prop({ type: String, required: true })
  name: string;

  @Prop({ type: String, default: null })
  nationalCode: string | null;

  @Prop({ type: String, default: null })
  legalBasis: string | null;

  @Prop({ type: Number, required: true })
  processingWorkingDays: number;

  @Prop({ type: String, default: null })
  cutoff: string | null;

  @Prop({ type: Number, required: true })
  feeVnd: number;

  @Prop({ type: String, default: null })
  feeNote: string | null;

  @Prop({ type: String, required: true })
  serviceLevel: string;

  @Prop({ type: String, required: true })
  civilStatusOutcome: string;

  @Prop({ type: Boolean, required: true })
  active: boolean;

  audit: WithAudit['audit'];
}

export const ProcedureEntrySchema = SchemaFactory.createForClass(ProcedureEntryRecord);
ProcedureEntrySchema.plugin(auditPlugin);
ProcedureEntrySchema.index({ communeCode: 1, key: 1 });
