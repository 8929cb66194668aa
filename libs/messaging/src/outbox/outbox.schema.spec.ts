import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { SchemaType } from 'mongoose';

import { CommuneOwnedOutboxRecord, outboxPlugin, usesOutbox } from './outbox.schema';

@Schema({ collection: 'probe_records' })
class ProbeRecord extends CommuneOwnedOutboxRecord {
  @Prop({ type: String, required: true })
  label: string;
}

describe('CommuneOwnedOutboxRecord', () => {
  const schema = SchemaFactory.createForClass(ProbeRecord);
  schema.plugin(outboxPlugin);
  const described = (path: string): { instance: string; required: unknown } | undefined => {
    const type: SchemaType | undefined = schema.path(path);
    return type && { instance: type.instance, required: type.options.required };
  };

  it('gives a subclass the commune-owned fields through the inheritance chain', () => {
    for (const path of ['_id', 'communeCode', 'provinceCode', 'label']) {
      expect(described(path)).toEqual({ instance: 'String', required: true });
    }
  });

  it('leaves the outbox fields to the plugin', () => {
    expect(usesOutbox(schema)).toBe(true);
    expect(usesOutbox(SchemaFactory.createForClass(ProbeRecord))).toBe(false);
  });
});
