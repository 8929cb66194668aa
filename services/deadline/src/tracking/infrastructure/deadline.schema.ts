import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { DEADLINE_SUBJECTS, DOSSIER_STATUSES } from '@libs/contracts';
import { CommuneOwnedRecord } from '@libs/persistence';

import { CLOSE_REASONS, DEADLINE_STAGES, DEADLINE_STATES } from '../domain/deadline';

@Schema({ _id: false })
export class RescheduleRecord {
  @Prop({ type: Date, required: true })
  rescheduledAt: Date;

  @Prop({ type: Date, required: true })
  previousDueAt: Date;

  @Prop({ type: String, required: true })
  reason: string;

  @Prop({ type: String, required: true })
  officerId: string;
}
export const RescheduleRecordSchema = SchemaFactory.createForClass(RescheduleRecord);

/**
 * The tracked appointment of one dossier or feedback case. Its events live in claim
 * documents (deadline_alarms, deadline_reschedules), so the outbox relay never writes here
 * while a consumer does. Its id is derived from the subject (deadlineIdFor), so every replica
 * and replay meets here.
 */
@Schema({ collection: 'deadlines', timestamps: true })
export class DeadlineRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: String, required: true, enum: DEADLINE_SUBJECTS })
  subjectType: string;

  @Prop({ type: String, required: true })
  subjectId: string;

  @Prop({ type: String, required: true })
  subjectCode: string;

  @Prop({ type: String, required: true })
  category: string;

  @Prop({ type: String, default: null })
  officerId: string | null;

  @Prop({ type: Boolean, required: true })
  opened: boolean;

  @Prop({ type: String, required: true, enum: DEADLINE_STATES })
  state: string;

  @Prop({ type: String, required: true, enum: DEADLINE_STAGES })
  stage: string;

  @Prop({ type: Date, default: null })
  receivedAt: Date | null;

  @Prop({ type: Number, default: null })
  legalWorkingDays: number | null;

  @Prop({ type: Date, default: null })
  originalDueAt: Date | null;

  @Prop({ type: Date, default: null })
  dueAt: Date | null;

  @Prop({ type: Date, default: null })
  dueSoonAt: Date | null;

  @Prop({ type: Date, default: null })
  nextCheckAt: Date | null;

  @Prop({ type: String, default: null, enum: [...DOSSIER_STATUSES, null] })
  status: string | null;

  @Prop({ type: Date, default: null })
  statusChangedAt: Date | null;

  @Prop({ type: Date, default: null })
  closedAt: Date | null;

  @Prop({ type: String, default: null, enum: [...CLOSE_REASONS, null] })
  closeReason: string | null;

  @Prop({ type: Boolean, default: null })
  onTime: boolean | null;

  @Prop({ type: RescheduleRecordSchema, default: null })
  reschedule: RescheduleRecord | null;

  /** Bumped by every write; handlers write only over the revision they read. */
  @Prop({ type: Number, required: true, default: 0 })
  revision: number;

  audit: WithAudit['audit'];
}

export const DeadlineSchema = SchemaFactory.createForClass(DeadlineRecord);
DeadlineSchema.plugin(auditPlugin);
// The timer reads only what has come due: cost follows due deadlines, not open ones.
DeadlineSchema.index({ nextCheckAt: 1 });
DeadlineSchema.index({ subjectId: 1 });
DeadlineSchema.index({ communeCode: 1, state: 1, stage: 1, dueAt: 1 });
DeadlineSchema.index({ provinceCode: 1, state: 1, dueAt: 1 });
