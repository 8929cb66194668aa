import { Prop } from '@nestjs/mongoose';

/**
 * What every record a commune owns begins with: its id, and the commune and province that
 * `tenantFilter` matches. A schema class extends it; @nestjs/mongoose reads inherited props.
 */
export abstract class CommuneOwnedRecord {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  communeCode: string;

  @Prop({ type: String, required: true })
  provinceCode: string;
}
