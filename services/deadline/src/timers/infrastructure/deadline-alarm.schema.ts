import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { outboxPlugin, OutboxRecord } from '@libs/messaging';

/**
 * A raised alarm, keyed by deadline, kind and due time and written once with its event in
 * its own outbox. The unique key decides which replica raises it, in one insert.
 */
@Schema({ collection: 'deadline_alarms', timestamps: true })
export class DeadlineAlarmRecord extends OutboxRecord {
  /** `<deadlineId>|<kind>|<dueAt ISO>`: one alarm of a kind per appointment. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  deadlineId: string;

  @Prop({ type: String, required: true, enum: ['due-soon', 'overdue'] })
  kind: string;

  @Prop({ type: Date, required: true })
  dueAt: Date;

  @Prop({ type: Date, required: true })
  raisedAt: Date;

  @Prop({ type: String, required: true })
  communeCode: string;

  @Prop({ type: String, required: true })
  provinceCode: string;
}

export const DeadlineAlarmSchema = SchemaFactory.createForClass(DeadlineAlarmRecord);
DeadlineAlarmSchema.plugin(outboxPlugin);
DeadlineAlarmSchema.index({ deadlineId: 1 });
