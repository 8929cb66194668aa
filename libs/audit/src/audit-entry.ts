import { Schema } from 'mongoose';

/** Who changed a record: a person (token subject) or an event handled on their behalf. */
export interface AuditActor {
  subject: string;
  roles: string[];
}

export interface AuditChange {
  field: string;
  /** JSON text of the value before (absent on creation). */
  from?: string;
  /** JSON text of the value after (absent on removal). */
  to?: string;
}

export interface AuditEntry {
  at: Date;
  actor: string;
  roles: string[];
  action: string;
  changes: AuditChange[];
  correlationId?: string;
}

export interface WithAudit {
  audit: AuditEntry[];
}

const auditChangeSchema = new Schema<AuditChange>(
  { field: { type: String, required: true }, from: { type: String }, to: { type: String } },
  { _id: false },
);

const auditEntrySchema = new Schema<AuditEntry>(
  {
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    roles: { type: [String], default: [] },
    action: { type: String, required: true },
    changes: { type: [auditChangeSchema], default: [] },
    correlationId: { type: String },
  },
  { _id: false },
);

/**
 * Mongoose plugin: the record carries its own append-only audit trail, written by `$push`
 * in the same single-document update as the change, so no change goes unrecorded.
 */
export function auditPlugin(schema: Schema): void {
  schema.add({ audit: { type: [auditEntrySchema], default: [] } });
}

export function usesAudit(schema: Schema): boolean {
  return schema.path('audit') !== undefined && schema.path('communeCode') !== undefined;
}

const asText = (value: unknown): string | undefined =>
  value === undefined ? undefined : JSON.stringify(value);

/** The fields whose values differ between two snapshots, as audit changes. */
export function diffSnapshots(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): AuditChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...fields]
    .map((field) => ({ field, from: asText(before?.[field]), to: asText(after[field]) }))
    .filter((change) => change.from !== change.to)
    .map(({ field, from, to }) => ({
      field,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    }));
}

export function auditEntry(
  actor: AuditActor,
  action: string,
  changes: AuditChange[],
  at: Date,
  correlationId?: string,
): AuditEntry {
  return {
    at,
    actor: actor.subject,
    roles: actor.roles,
    action,
    changes,
    ...(correlationId ? { correlationId } : {}),
  };
}
