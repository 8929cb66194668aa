import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { CommuneOwnedRecord, ContactRecord, contactRecordSchemaWith } from '@libs/persistence';

type ApplicantRecord = ContactRecord & { sex?: string; dateOfBirth?: string };
const ApplicantRecordSchema = contactRecordSchemaWith({
  sex: { type: String, enum: ['male', 'female'] },
  dateOfBirth: String,
});

/**
 * Read model of received dossiers, fed by dossier.received: who to address an apology to,
 * without calling the intake service. Its id is the dossier's.
 */
@Schema({ collection: 'dossier_applicants' })
export class DossierApplicantRecord extends CommuneOwnedRecord {
  @Prop({ type: String, required: true })
  dossierCode: string;

  @Prop({ type: String, required: true })
  procedureName: string;

  @Prop({ type: Date, required: true })
  receivedAt: Date;

  @Prop({ type: Date, required: true })
  dueAt: Date;

  @Prop({ type: ApplicantRecordSchema, required: true })
  applicant: ApplicantRecord;
}

export const DossierApplicantSchema = SchemaFactory.createForClass(DossierApplicantRecord);

/**
 * An apology whose dossier is not known yet (the reschedule arrived before the dossier, e.g.
 * in a replay): parked durably and written as soon as dossier.received arrives.
 */
@Schema({ collection: 'pending_apologies' })
export class PendingApologyRecord {
  /** The dossier id. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  communeCode: string;

  /** The deadline.rescheduled envelope as received. */
  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  envelope: Record<string, unknown>;

  @Prop({ type: Date, required: true })
  parkedAt: Date;
}

export const PendingApologySchema = SchemaFactory.createForClass(PendingApologyRecord);
