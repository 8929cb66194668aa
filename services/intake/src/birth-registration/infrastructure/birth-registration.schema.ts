import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedOutboxRecord, outboxPlugin } from '@libs/messaging';

@Schema({ _id: false })
class PersonNameRecord {
  @Prop({ type: String, required: true })
  fullName: string;
}
const PersonNameRecordSchema = SchemaFactory.createForClass(PersonNameRecord);

@Schema({ _id: false })
class ChildRecord {
  @Prop({ type: String, required: true })
  fullName: string;

  @Prop({ type: String, required: true })
  dateOfBirth: string;

  @Prop({ type: String, required: true })
  sex: string;
}

@Schema({ _id: false })
class AddressRecord {
  @Prop({ type: String, required: true })
  line: string;

  @Prop({ type: String, required: true })
  communeCode: string;
}

@Schema({ collection: 'birth_registrations', timestamps: true })
export class BirthRegistrationRecord extends CommuneOwnedOutboxRecord implements WithAudit {
  @Prop({ type: Date, required: true })
  registeredAt: Date;

  @Prop({ type: SchemaFactory.createForClass(ChildRecord), required: true })
  child: ChildRecord;

  @Prop({ type: PersonNameRecordSchema, default: null })
  father: PersonNameRecord | null;

  @Prop({ type: PersonNameRecordSchema, default: null })
  mother: PersonNameRecord | null;

  @Prop({ type: SchemaFactory.createForClass(AddressRecord), required: true })
  address: AddressRecord;

  /** The client's Idempotency-Key (or a generated one): one registration per request. */
  @Prop({ type: String, required: true })
  requestKey: string;

  /** Fingerprint of the request body, to refuse a reused key with a different form. */
  @Prop({ type: String, required: true })
  requestFingerprint: string;

  audit: WithAudit['audit'];
}

export const BirthRegistrationSchema = SchemaFactory.createForClass(BirthRegistrationRecord);
BirthRegistrationSchema.plugin(outboxPlugin);
BirthRegistrationSchema.plugin(auditPlugin);
BirthRegistrationSchema.index({ requestKey: 1 }, { unique: true });
BirthRegistrationSchema.index({ communeCode: 1, registeredAt: -1 });
