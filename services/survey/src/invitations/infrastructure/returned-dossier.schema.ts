import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * What survey keeps of a returned dossier (`dossier.result-returned.v1`): the frame entry
 * and every invitation carry it, so indexes are counted without a lookup.
 */
export abstract class ReturnedDossierFields {
  @Prop({ type: String, required: true })
  dossierCode: string;

  @Prop({ type: String, required: true })
  communeCode: string;

  @Prop({ type: String, required: true })
  provinceCode: string;

  @Prop({ type: String, required: true })
  procedureKey: string;

  @Prop({ type: String, default: null })
  procedureName: string | null;

  @Prop({ type: String, default: null })
  officerId: string | null;

  @Prop({ type: Date, required: true })
  returnedAt: Date;

  @Prop({ type: Boolean, required: true })
  onTime: boolean;

  /** YYYY-MM of the return in Vietnam time: the period the dossier is counted in. */
  @Prop({ type: String, required: true })
  period: string;
}

/**
 * The register of returned dossiers, built from `dossier.result-returned.v1`: the sampling
 * frame of campaigns (N per commune and period). The dossier id is the natural key.
 */
@Schema({ collection: 'returned_dossiers' })
export class ReturnedDossierRecord extends ReturnedDossierFields {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  eventId: string;
}

export const ReturnedDossierSchema = SchemaFactory.createForClass(ReturnedDossierRecord);
ReturnedDossierSchema.index({ communeCode: 1, period: 1, _id: 1 });
