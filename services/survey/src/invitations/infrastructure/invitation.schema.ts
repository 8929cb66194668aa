import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { outboxPlugin, WithOutbox } from '@libs/messaging';

import { InvitationAnswer } from '../domain/invitation';
import { ReturnedDossierFields } from './returned-dossier.schema';

@Schema({ _id: false })
export class RevealRecord {
  @Prop({ type: String, required: true })
  token: string;

  @Prop({ type: String, required: true })
  code: string;
}

/**
 * A survey invitation and, once answered, its answer: the answer is stored in the same
 * document so that using the token, keeping the answer and queueing its events is a
 * single conditional write.
 */
@Schema({ collection: 'survey_invitations', timestamps: true })
export class InvitationRecord extends ReturnedDossierFields implements WithOutbox, WithAudit {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true, enum: ['after-result', 'campaign'] })
  kind: string;

  @Prop({ type: String, default: null })
  campaignId: string | null;

  @Prop({ type: String, required: true })
  dossierId: string;

  @Prop({ type: String, required: true })
  questionnaireId: string;

  @Prop({ type: Number, required: true })
  questionnaireVersion: number;

  /** SHA-256 of the link token (found through survey_credentials); never the token itself. */
  @Prop({ type: String, required: true })
  tokenHash: string;

  @Prop({ type: String, required: true })
  codeHash: string;

  /** The token and code until an officer first prints them, then cleared (shown once). */
  @Prop({ type: SchemaFactory.createForClass(RevealRecord), default: null })
  reveal: RevealRecord | null;

  @Prop({ type: Date, default: null })
  revealedAt: Date | null;

  @Prop({ type: Date, required: true })
  issuedAt: Date;

  @Prop({ type: Date, default: null })
  remindAt: Date | null;

  @Prop({ type: Date, default: null })
  remindedAt: Date | null;

  @Prop({ type: Date, required: true })
  expiresAt: Date;

  @Prop({ type: String, required: true, enum: ['open', 'answered', 'expired'] })
  status: string;

  @Prop({ type: Date, default: null })
  usedAt: Date | null;

  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  answer: InvitationAnswer | null;

  /** False until the issued invitation is in the index counters (repaired by the scan). */
  @Prop({ type: Boolean, default: false })
  issuedCounted: boolean;

  /** False from the answer until it is in the index counters. */
  @Prop({ type: Boolean, default: true })
  answerCounted: boolean;

  outbox: WithOutbox['outbox'];
  outboxPending: boolean;
  outboxLeaseUntil: Date | null;
  audit: WithAudit['audit'];
}

export const InvitationSchema = SchemaFactory.createForClass(InvitationRecord);
InvitationSchema.plugin(outboxPlugin);
InvitationSchema.plugin(auditPlugin);
// The id already makes it one after-result invitation per dossier and one per dossier and
// campaign; the index states the rule for anyone reading the store.
InvitationSchema.index({ dossierId: 1, campaignId: 1 }, { unique: true });
InvitationSchema.index({ status: 1, remindAt: 1 });
InvitationSchema.index({ status: 1, expiresAt: 1 });
InvitationSchema.index({ issuedCounted: 1 });
InvitationSchema.index({ answerCounted: 1 });
InvitationSchema.index({ campaignId: 1, dossierCode: 1 });
