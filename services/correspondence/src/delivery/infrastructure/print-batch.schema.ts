import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedRecord } from '@libs/persistence';

/** One print run: the paper letters of a commune handed to the printer together. */
@Schema({ collection: 'print_batches' })
export class PrintBatchRecord extends CommuneOwnedRecord implements WithAudit {
  /** The Vietnam calendar date the batch is for (YYYY-MM-DD). */
  @Prop({ type: String, required: true })
  date: string;

  /** In print order. */
  @Prop({ type: [String], required: true })
  letterIds: string[];

  @Prop({ type: Date, required: true })
  createdAt: Date;

  @Prop({ type: String, required: true })
  createdBy: string;

  audit: WithAudit['audit'];
}

export const PrintBatchSchema = SchemaFactory.createForClass(PrintBatchRecord);
PrintBatchSchema.plugin(auditPlugin);
PrintBatchSchema.index({ communeCode: 1, date: -1 });
