import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

@Schema({ _id: false })
class ApplicantRecord {
  @Prop({ type: String, required: true })
  fullName: string;

  @Prop({ type: String })
  addressLine?: string;

  @Prop({ type: String })
  email?: string;

  @Prop({ type: String })
  phone?: string;

  @Prop({ type: String, enum: ['male', 'female'] })
  sex?: string;

  @Prop({ type: String })
  dateOfBirth?: string;
}

/**
 * Read model of received dossiers, fed by dossier.received: who to address an apology to,
 * without calling the intake service.
 */
@Schema({ collection: 'dossier_applicants' })
export class DossierApplicantRecord {
  /** The dossier id. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  dossierCode: string;

  @Prop({ type: String, required: true })
  communeCode: string;

  @Prop({ type: String, required: true })
  provinceCode: string;

  @Prop({ type: String, required: true })
  procedureName: string;

  @Prop({ type: Date, required: true })
  receivedAt: Date;

  @Prop({ type: Date, required: true })
  dueAt: Date;

  @Prop({ type: SchemaFactory.createForClass(ApplicantRecord), required: true })
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
