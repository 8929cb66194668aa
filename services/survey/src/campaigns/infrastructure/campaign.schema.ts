import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedRecord } from '@libs/persistence';

import { CAMPAIGN_KINDS } from '../domain/campaign';

@Schema({ collection: 'survey_campaigns', timestamps: true })
export class CampaignRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: String, required: true })
  title: string;

  @Prop({ type: String, required: true, enum: CAMPAIGN_KINDS })
  kind: string;

  /** Whom it samples: returned dossiers (absent on older campaigns) or residents at large. */
  @Prop({ type: String, default: 'returned-dossiers' })
  frame: string;

  @Prop({ type: String, required: true })
  organiser: string;

  @Prop({ type: String, required: true })
  periodFrom: string;

  @Prop({ type: String, required: true })
  periodTo: string;

  @Prop({ type: Number, required: true })
  marginOfError: number;

  @Prop({ type: String, required: true })
  seed: string;

  @Prop({ type: Number, required: true })
  population: number;

  @Prop({ type: Number, required: true })
  sampleSize: number;

  /** The drawn sample, kept so issuing can resume and anyone can check the draw. */
  @Prop({ type: [String], required: true })
  sampledDossierIds: string[];

  @Prop({ type: String, required: true })
  questionnaireId: string;

  @Prop({ type: Number, required: true })
  questionnaireVersion: number;

  @Prop({ type: String, required: true, enum: ['sampling', 'open'] })
  status: string;

  @Prop({ type: Number, default: 0 })
  invitationsIssued: number;

  @Prop({ type: Date, required: true })
  createdAt: Date;

  @Prop({ type: String, required: true })
  createdBy: string;

  audit: WithAudit['audit'];
}

export const CampaignSchema = SchemaFactory.createForClass(CampaignRecord);
CampaignSchema.plugin(auditPlugin);
CampaignSchema.index({ communeCode: 1, createdAt: -1 });
