import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

import { auditPlugin, WithAudit } from '@libs/audit';
import { CommuneOwnedRecord } from '@libs/persistence';

import { BOX_LOCATION_KINDS } from '../domain/suggestion-box';

@Schema({ collection: 'suggestion_boxes', timestamps: true })
export class SuggestionBoxRecord extends CommuneOwnedRecord implements WithAudit {
  @Prop({ type: String, required: true })
  name: string;

  /** Lower-case name, for "one name per commune" whatever the letter case. */
  @Prop({ type: String, required: true })
  nameKey: string;

  @Prop({ type: String, required: true, enum: BOX_LOCATION_KINDS })
  locationKind: string;

  @Prop({ type: String, required: true })
  address: string;

  @Prop({ type: Boolean, required: true })
  active: boolean;

  @Prop({ type: Date, required: true })
  createdAt: Date;

  audit: WithAudit['audit'];
}

export const SuggestionBoxSchema = SchemaFactory.createForClass(SuggestionBoxRecord);
SuggestionBoxSchema.plugin(auditPlugin);
SuggestionBoxSchema.index({ communeCode: 1, nameKey: 1 }, { unique: true });
