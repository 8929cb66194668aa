import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedOutboxRecord, outboxPlugin } from '@libs/messaging';
import { ContactRecord, contactRecordSchemaWith } from '@libs/persistence';

@Schema({ _id: false })
class ActorRecord {
  @Prop({ type: String, required: true })
  subject: string;

  @Prop({ type: String })
  name?: string;
}
const ActorRecordSchema = SchemaFactory.createForClass(ActorRecord);

@Schema({ _id: false })
class ProcedureSnapshotRecord {
  @Prop({ type: String, required: true })
  key: string;

  @Prop({ type: String, required: true })
  name: string;

  @Prop({ type: String })
  nationalCode?: string;

  @Prop({ type: Number, required: true })
  processingWorkingDays: number;

  @Prop({ type: String })
  cutoff?: string;

  @Prop({ type: String, required: true })
  civilStatusOutcome: string;

  /** The legal maximum in working days when verification is needed (absent: none). */
  @Prop({ type: Number })
  verificationMaxWorkingDays?: number;

  @Prop({ type: String })
  verificationLegalBasis?: string;

  /** The certification book's kind (Decree 23/2015 art. 13), e.g. 'SCT/BS'. */
  @Prop({ type: String })
  certificationRegister?: string;
}

type ApplicantRecord = ContactRecord & {
  sex?: string;
  dateOfBirth?: string;
  identityNumber?: string;
};
const ApplicantRecordSchema = contactRecordSchemaWith({
  sex: String,
  dateOfBirth: String,
  identityNumber: String,
});

@Schema({ _id: false })
class FeeRecord {
  @Prop({ type: Number, required: true })
  amountVnd: number;

  @Prop({ type: String, required: true })
  status: string;

  @Prop({ type: String })
  method?: string;

  @Prop({ type: Date })
  paidAt?: Date;

  @Prop({ type: String })
  reference?: string;
}

@Schema({ _id: false })
class StatusNoteRecord {
  @Prop({ type: String, required: true })
  status: string;

  @Prop({ type: Date, required: true })
  at: Date;

  @Prop({ type: String, required: true })
  reason: string;

  @Prop({ type: [String], default: [] })
  items: string[];

  @Prop({ type: ActorRecordSchema, required: true })
  by: ActorRecord;
}

@Schema({ _id: false })
class TransitionRecord {
  @Prop({ type: String, required: true })
  from: string;

  @Prop({ type: String, required: true })
  to: string;

  @Prop({ type: Date, required: true })
  at: Date;

  @Prop({ type: ActorRecordSchema, required: true })
  by: ActorRecord;

  @Prop({ type: String })
  reason?: string;
}

@Schema({ _id: false })
class RescheduleRecord {
  @Prop({ type: Date, required: true })
  previousDueAt: Date;

  @Prop({ type: Date, required: true })
  dueAt: Date;

  @Prop({ type: String, required: true })
  reason: string;

  @Prop({ type: Date, required: true })
  at: Date;
}

@Schema({ _id: false })
class DueSoonRecord {
  @Prop({ type: Date, required: true })
  warnedAt: Date;

  @Prop({ type: Number, required: true })
  workingHoursLeft: number;
}

@Schema({ _id: false })
class VerificationRecord {
  @Prop({ type: String, required: true })
  reason: string;

  @Prop({ type: Date, required: true })
  requestedAt: Date;

  @Prop({ type: ActorRecordSchema, required: true })
  by: ActorRecord;

  @Prop({ type: Date, required: true })
  previousDueAt: Date;

  @Prop({ type: Date, required: true })
  dueAt: Date;

  @Prop({ type: Number, required: true })
  maxWorkingDays: number;

  @Prop({ type: String, required: true })
  legalBasis: string;
}

@Schema({ _id: false })
class SecretHashRecord {
  @Prop({ type: String, required: true })
  salt: string;

  @Prop({ type: String, required: true })
  hash: string;

  /** scrypt's N (absent: the legacy 16384). */
  @Prop({ type: Number })
  cost?: number;
}

@Schema({ collection: 'dossiers', timestamps: true })
export class DossierRecord extends CommuneOwnedOutboxRecord implements WithAudit {
  /** National dossier code, unique across the province's system. */
  @Prop({ type: String, required: true })
  code: string;

  @Prop({ type: SchemaFactory.createForClass(ProcedureSnapshotRecord), required: true })
  procedure: ProcedureSnapshotRecord;

  @Prop({ type: String, required: true })
  channel: string;

  @Prop({ type: ApplicantRecordSchema, required: true })
  applicant: ApplicantRecord;

  /** Birth, marriage or death details as the register will record them (see the domain). */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  civilStatus: Record<string, unknown> | null;

  /** Mẫu 01 details: papers handed in, sets, where the result goes, register line. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  receipt: Record<string, unknown> | null;

  @Prop({ type: String, required: true })
  status: string;

  @Prop({ type: Date, required: true })
  receivedAt: Date;

  @Prop({ type: ActorRecordSchema, required: true })
  receivedBy: ActorRecord;

  @Prop({ type: Date, required: true })
  dueAt: Date;

  @Prop({ type: Date, required: true })
  originalDueAt: Date;

  @Prop({ type: SchemaFactory.createForClass(RescheduleRecord), default: null })
  reschedule: RescheduleRecord | null;

  @Prop({ type: SchemaFactory.createForClass(VerificationRecord), default: null })
  verification: VerificationRecord | null;

  @Prop({ type: SchemaFactory.createForClass(DueSoonRecord), default: null })
  dueSoon: DueSoonRecord | null;

  @Prop({ type: SchemaFactory.createForClass(FeeRecord), required: true })
  fee: FeeRecord;

  @Prop({ type: [SchemaFactory.createForClass(StatusNoteRecord)], default: [] })
  notes: StatusNoteRecord[];

  /** Every status change since receipt (Mẫu 06, phiếu kiểm soát quá trình). */
  @Prop({ type: [SchemaFactory.createForClass(TransitionRecord)], default: [] })
  transitions: TransitionRecord[];

  @Prop({ type: Date, default: null })
  processedAt: Date | null;

  @Prop({ type: String, default: null })
  civilStatusRegistrationId: string | null;

  /** The số chứng thực of a certification: book and numbers (Decree 23/2015 art. 13). */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  certification: { book: string; numbers: number[]; at: Date } | null;

  @Prop({ type: Date, default: null })
  returnedAt: Date | null;

  @Prop({ type: Boolean, default: null })
  onTime: boolean | null;

  @Prop({ type: Date, required: true })
  lastChangedAt: Date;

  @Prop({ type: Date, default: null })
  handedOverAt: Date | null;

  /** Salted hash of the lookup secret printed on the receipt; the secret is never stored. */
  @Prop({ type: SchemaFactory.createForClass(SecretHashRecord), required: true })
  secret: SecretHashRecord;

  /** The client's Idempotency-Key (or a generated one): one dossier per request. */
  @Prop({ type: String, required: true })
  requestKey: string;

  @Prop({ type: String, required: true })
  requestFingerprint: string;

  /** Ids of events already applied to this dossier, so a redelivery has no second effect. */
  @Prop({ type: [String], default: [] })
  processedEvents: string[];

  audit: WithAudit['audit'];
}

export const DossierSchema = SchemaFactory.createForClass(DossierRecord);
DossierSchema.plugin(outboxPlugin);
DossierSchema.plugin(auditPlugin);
DossierSchema.index({ code: 1 }, { unique: true });
DossierSchema.index({ requestKey: 1 }, { unique: true });
DossierSchema.index({ communeCode: 1, receivedAt: -1 });
DossierSchema.index({ communeCode: 1, status: 1 });
