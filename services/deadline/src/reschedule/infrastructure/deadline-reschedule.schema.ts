import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { CommuneOwnedOutboxRecord, outboxPlugin } from '@libs/messaging';

/**
 * The one reschedule a deadline may have, keyed by the deadline's id and written once with the
 * apology event in its own outbox: two officers clicking at once cannot both reschedule,
 * because the unique key decides.
 */
@Schema({ collection: 'deadline_reschedules', timestamps: true })
export class DeadlineRescheduleRecord extends CommuneOwnedOutboxRecord {
  @Prop({ type: Date, required: true })
  previousDueAt: Date;

  @Prop({ type: Date, required: true })
  newDueAt: Date;

  @Prop({ type: String, required: true })
  reason: string;

  @Prop({ type: String, required: true })
  officerId: string;

  @Prop({ type: Date, required: true })
  rescheduledAt: Date;
}

export const DeadlineRescheduleSchema = SchemaFactory.createForClass(DeadlineRescheduleRecord);
DeadlineRescheduleSchema.plugin(outboxPlugin);
