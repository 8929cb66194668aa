import { Connection, Document, Model, Query, Schema } from 'mongoose';

import { EventEnvelope } from '@libs/contracts';
import { CommuneOwnedRecord } from '@libs/persistence';

/** An event waiting in its aggregate's document until the relay has published it. */
export interface OutboxEntry extends EventEnvelope {
  topic: string;
}

/** The fields the outbox plugin adds to an aggregate document. */
export interface WithOutbox {
  outbox: OutboxEntry[];
  /** True while `outbox` is non-empty; indexed so the relay's sweep finds work without a scan. */
  outboxPending: boolean;
  /** A relay holds the document until then; a crashed relay's lease just expires. */
  outboxLeaseUntil: Date | null;
  /** The pass that holds the lease: only it may remove what it published. */
  outboxLeaseOwner?: string | null;
}

/**
 * Base of a schema class for a commune's record whose documents carry their own outbox. The
 * outbox fields have no @Prop: outboxPlugin adds them to the schema.
 */
export abstract class CommuneOwnedOutboxRecord extends CommuneOwnedRecord implements WithOutbox {
  outbox: OutboxEntry[];
  outboxPending: boolean;
  outboxLeaseUntil: Date | null;
}

/** The outbox fields of a new document that publishes `events` (none: nothing pending). */
export function withOutbox(events: OutboxEntry[]): Pick<WithOutbox, 'outbox' | 'outboxPending'> {
  return { outbox: events, outboxPending: events.length > 0 };
}

/**
 * Emitted on the mongoose connection after a write that left events in an outbox, so the
 * relay publishes that document at once by its `_id` instead of searching for work.
 */
export const OUTBOX_WRITTEN = 'outbox:written';

export interface OutboxWritten {
  modelName: string;
  id: unknown;
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
 * publishes are written in one single-document update (no multi-document transactions).
 * After each such write the plugin hands the document's id to the relay (OUTBOX_WRITTEN);
 * the relay's periodic sweep over the `outboxPending` index is only the safety net.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({
    outbox: { type: [outboxEntrySchema], default: [] },
    outboxPending: { type: Boolean, default: false },
    outboxLeaseUntil: { type: Date, default: null },
    outboxLeaseOwner: { type: String, default: null },
  });
  schema.index({ outboxPending: 1, outboxLeaseUntil: 1 });

  schema.post('save', function (this: Document & Partial<WithOutbox>) {
    if (this.outboxPending) {
      announce(this.constructor as Model<unknown>, this._id);
    }
  });
  schema.post('insertMany', function (this: Model<unknown>, documents: unknown) {
    for (const document of Array.isArray(documents) ? documents : []) {
      const written = document as Partial<WithOutbox> & { _id: unknown };
      if (written.outboxPending) {
        announce(this, written._id);
      }
    }
  });
  schema.post(
    ['updateOne', 'findOneAndUpdate'],
    function (this: Query<unknown, unknown>, result: unknown) {
      if (!setsOutboxPending(this.getUpdate())) {
        return;
      }
      const filter: Record<string, unknown> = this.getFilter();
      const id: unknown =
        result !== null && typeof result === 'object' && '_id' in result ? result._id : filter._id;
      // a filter by another field, or by several ids, leaves the document to the sweep
      if (id !== undefined && (typeof id !== 'object' || id === null || !('$in' in id))) {
        announce(this.model as Model<unknown>, id);
      }
    },
  );
}

function setsOutboxPending(update: unknown): boolean {
  if (update === null || typeof update !== 'object') {
    return false;
  }
  const fields = update as Record<string, unknown>;
  const set = fields.$set as Record<string, unknown> | undefined;
  return fields.outboxPending === true || set?.outboxPending === true;
}

function announce(model: Model<unknown>, id: unknown): void {
  const connection: Connection = model.db;
  const written: OutboxWritten = { modelName: model.modelName, id };
  connection.emit(OUTBOX_WRITTEN, written);
}

export function usesOutbox(schema: Schema): boolean {
  return schema.path('outboxPending') !== undefined && schema.path('outbox') !== undefined;
}
