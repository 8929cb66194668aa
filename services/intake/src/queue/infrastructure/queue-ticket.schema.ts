import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedRecord } from '@libs/persistence';

@Schema({ collection: 'queue_tickets', timestamps: true })
export class QueueTicketRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: String, required: true })
  day: string;

  @Prop({ type: Number, required: true })
  number: number;

  @Prop({ type: String, required: true })
  procedureKey: string;

  @Prop({ type: String, required: true })
  procedureName: string;

  @Prop({ type: Date, required: true })
  issuedAt: Date;

  @Prop({ type: String, required: true })
  issuedBy: string;

  @Prop({ type: Date, default: null })
  servedAt: Date | null;

  @Prop({ type: String, default: null })
  servedBy: string | null;

  @Prop({ type: Number, default: null })
  waitSeconds: number | null;

  @Prop({ type: Date, default: null })
  finishedAt: Date | null;

  @Prop({ type: String, default: null })
  finishedBy: string | null;

  @Prop({ type: Number, default: null })
  serviceSeconds: number | null;

  audit: WithAudit['audit'];
}

export const QueueTicketSchema = SchemaFactory.createForClass(QueueTicketRecord);
QueueTicketSchema.plugin(auditPlugin);
QueueTicketSchema.index({ communeCode: 1, day: 1, number: 1 }, { unique: true });

/**
 * Waiting figures of one commune, day and procedure, kept as an incremental projection. The
 * ticket ids already counted make each increment idempotent (a retried call counts once).
 * Its id is `<communeCode>:<day>:<procedureKey>`.
 */
@Schema({ collection: 'queue_daily_figures', timestamps: true })
export class QueueFiguresRecord extends CommuneOwnedRecord {
  @Prop({ type: String, required: true })
  day: string;

  @Prop({ type: String, required: true })
  procedureKey: string;

  @Prop({ type: String, required: true })
  procedureName: string;

  @Prop({ type: Number })
  issued?: number;

  @Prop({ type: Number })
  served?: number;

  @Prop({ type: Number })
  waitSecondsTotal?: number;

  @Prop({ type: Number })
  maxWaitSeconds?: number;

  @Prop({ type: [String], default: undefined })
  issuedTickets?: string[];

  @Prop({ type: [String], default: undefined })
  servedTickets?: string[];

  @Prop({ type: Number })
  finished?: number;

  @Prop({ type: Number })
  serviceSecondsTotal?: number;

  @Prop({ type: Number })
  maxServiceSeconds?: number;

  @Prop({ type: Number })
  finishedWithinTarget?: number;

  @Prop({ type: [String], default: undefined })
  finishedTickets?: string[];
}

export const QueueFiguresSchema = SchemaFactory.createForClass(QueueFiguresRecord);
QueueFiguresSchema.index({ communeCode: 1, day: 1 });
QueueFiguresSchema.index({ provinceCode: 1, day: 1 });
