import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { CommuneOwnedRecord } from '@libs/persistence';

/** An online submission waiting for the desk (status 1), and what became of it. */
@Schema({ collection: 'online_submissions', versionKey: false })
export class OnlineSubmissionRecord extends CommuneOwnedRecord {
  /** The dossier request as the citizen sent it (personal data: intake only). */
  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  request: Record<string, unknown>;

  @Prop({ type: String, required: true })
  status: string;

  @Prop({ type: Date, required: true })
  submittedAt: Date;

  @Prop({ type: Date, required: true })
  lastChangedAt: Date;

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  history: Record<string, unknown>[];

  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  dossier: { id: string; code: string; receivedAt: Date } | null;

  @Prop({ type: String, default: null })
  acceptingBy: string | null;
}

export const OnlineSubmissionSchema = SchemaFactory.createForClass(OnlineSubmissionRecord);
OnlineSubmissionSchema.index({ communeCode: 1, status: 1, submittedAt: 1 });
