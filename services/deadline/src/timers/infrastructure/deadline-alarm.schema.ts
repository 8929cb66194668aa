import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { CommuneOwnedOutboxRecord, outboxPlugin } from '@libs/messaging';

/**
 * A raised alarm, keyed by deadline, kind and due time and written once with its event in
 * its own outbox. The unique key decides which replica raises it, in one insert.
 * Its id is `<deadlineId>|<kind>|<dueAt ISO>`: one alarm of a kind per appointment.
 */
@Schema({ collection: 'deadline_alarms', timestamps: true })
export class DeadlineAlarmRecord extends CommuneOwnedOutboxRecord {
  @Prop({ type: String, required: true })
  deadlineId: string;

  @Prop({ type: String, required: true, enum: ['due-soon', 'overdue'] })
  kind: string;

  @Prop({ type: Date, required: true })
  dueAt: Date;

  @Prop({ type: Date, required: true })
  raisedAt: Date;
}

export const DeadlineAlarmSchema = SchemaFactory.createForClass(DeadlineAlarmRecord);
DeadlineAlarmSchema.plugin(outboxPlugin);
DeadlineAlarmSchema.index({ deadlineId: 1 });
