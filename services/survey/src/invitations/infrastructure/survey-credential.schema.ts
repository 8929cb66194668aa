import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * Finds an invitation from a link token or short code by primary key: `_id` is
 * `token:<sha256>` or `code:<sha256>`. A key lookup stays fast however many invitations a
 * province holds, and the unique `_id` refuses a
 * colliding short code atomically.
 */
@Schema({ collection: 'survey_credentials' })
export class SurveyCredentialRecord {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  invitationId: string;

  @Prop({ type: Date, required: true })
  createdAt: Date;
}

export const SurveyCredentialSchema = SchemaFactory.createForClass(SurveyCredentialRecord);
