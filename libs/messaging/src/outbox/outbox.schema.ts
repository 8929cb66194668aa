import { Schema } from 'mongoose';
import { EventEnvelope } from '@libs/contracts';

/** An event waiting in its aggregate's document until the relay has published it. */
export interface OutboxEntry extends EventEnvelope {
  topic: string;
}

/** The fields the outbox plugin adds to an aggregate document. */
export interface WithOutbox {
  outbox: OutboxEntry[];
  /** True while `outbox` is non-empty; indexed so the relay finds work without a scan. */
  outboxPending: boolean;
  /** A relay replica holds the document until then; a crashed replica's lease just expires. */
  outboxLeaseUntil: Date | null;
}

const outboxEntrySchema = new Schema<OutboxEntry>(
  {
    topic: { type: String, required: true },
    specversion: { type: String, required: true },
    id: { type: String, required: true },
    type: { type: String, required: true },
    source: { type: String, required: true },
    subject: { type: String, required: true },
    time: { type: String, required: true },
    datacontenttype: { type: String, required: true },
    correlationid: { type: String, required: true },
    causationid: { type: String },
    communecode: { type: String },
    data: { type: Schema.Types.Mixed, required: true },
  },
  { _id: false, minimize: false },
);

/**
 * Mongoose plugin: the aggregate carries its own outbox, so the change and the events it
 * publishes are written in one single-document update (no multi-document transactions,
 * which FerretDB lacks). The relay finds every model that uses this plugin.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({
    outbox: { type: [outboxEntrySchema], default: [] },
    outboxPending: { type: Boolean, default: false },
    outboxLeaseUntil: { type: Date, default: null },
  });
  schema.index({ outboxPending: 1, outboxLeaseUntil: 1 });
}

export function usesOutbox(schema: Schema): boolean {
  return schema.path('outboxPending') !== undefined && schema.path('outbox') !== undefined;
}

/** Update operators that append events to an existing aggregate's outbox. */
export function appendToOutbox(entries: OutboxEntry[]): {
  $push: { outbox: { $each: OutboxEntry[] } };
  $set: { outboxPending: true };
} {
  return { $push: { outbox: { $each: entries } }, $set: { outboxPending: true } };
}
