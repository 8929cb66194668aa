import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { LETTER_KINDS } from '@libs/contracts';
import { UNIT_NAMINGS } from '@libs/documents';
import { CommuneOwnedRecord } from '@libs/persistence';

import { APPROVAL_FALLBACKS, SIGNER_ROLES } from '../domain/letter-settings';

@Schema({ _id: false })
class KindSettingRecord {
  @Prop({ type: String, required: true, enum: LETTER_KINDS })
  kind: string;

  @Prop({ type: Boolean, required: true })
  enabled: boolean;

  @Prop({ type: Boolean, required: true })
  approvalRequired: boolean;
}

@Schema({ _id: false })
class SignerRecord {
  @Prop({ type: String, required: true, enum: SIGNER_ROLES })
  role: string;

  @Prop({ type: String })
  fullName?: string;
}

@Schema({ _id: false })
class OccasionWindowsRecord {
  @Prop({ type: Number, required: true })
  birthDays: number;

  @Prop({ type: Number, required: true })
  deathDays: number;
}

@Schema({ _id: false })
class ApologyApprovalRecord {
  @Prop({ type: Number, required: true })
  withinHours: number;

  @Prop({ type: String, required: true, enum: APPROVAL_FALLBACKS })
  otherwise: string;
}

/** A commune's letter settings, by commune code; absent until its leader first saves them. */
@Schema({ collection: 'letter_settings' })
export class LetterSettingsRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: [SchemaFactory.createForClass(KindSettingRecord)], required: true })
  kinds: KindSettingRecord[];

  @Prop({ type: SchemaFactory.createForClass(SignerRecord), required: true })
  signer: SignerRecord;

  /** Absent in settings saved before windows existed: the defaults apply. */
  @Prop({ type: SchemaFactory.createForClass(OccasionWindowsRecord) })
  occasionWindows?: OccasionWindowsRecord;

  @Prop({ type: SchemaFactory.createForClass(ApologyApprovalRecord) })
  apologyApproval?: ApologyApprovalRecord;

  @Prop({ type: String, enum: UNIT_NAMINGS })
  unitNaming?: string;

  @Prop({ type: String })
  oneStopCentreName?: string;

  @Prop({ type: String })
  numberSymbol?: string;

  @Prop({ type: Number, required: true })
  version: number;

  @Prop({ type: Date, required: true })
  updatedAt: Date;

  @Prop({ type: String, required: true })
  updatedBy: string;

  audit: WithAudit['audit'];
}

export const LetterSettingsSchema = SchemaFactory.createForClass(LetterSettingsRecord);
LetterSettingsSchema.plugin(auditPlugin);
