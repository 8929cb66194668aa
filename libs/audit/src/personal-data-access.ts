import { SetMetadata } from '@nestjs/common';
import { Schema } from 'mongoose';

export const PERSONAL_DATA_READ = 'audit:personal-data-read';
/** Model and collection of a service's personal-data access log (in its own database). */
export const PERSONAL_DATA_ACCESS_MODEL = 'PersonalDataAccess';

/** What a route reads: the kind of record and the response field holding its id. */
export interface PersonalDataReadRoute {
  recordKind: string;
  idField: string;
}

/**
 * The route answers records that hold personal data: every record it returns (one, a list,
 * or a PDF described with `describePersonalData`) is written to the access log before the
 * answer leaves, with who read it, when and from where.
 */
export const PersonalDataRead = (recordKind: string, idField = 'id'): MethodDecorator =>
  SetMetadata(PERSONAL_DATA_READ, { recordKind, idField } satisfies PersonalDataReadRoute);

/** One record a response shows. */
export interface PersonalDataSubject {
  communeCode: string;
  recordId: string;
}

const described = new WeakMap<object, PersonalDataSubject[]>();

/** Names the records a response that is not a plain record shows (a PDF, a file). */
export function describePersonalData<T extends object>(
  value: T,
  ...subjects: PersonalDataSubject[]
): T {
  described.set(value, subjects);
  return value;
}

function subjectOf(value: unknown, idField: string): PersonalDataSubject | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const communeCode = record.communeCode;
  const recordId = record[idField];
  return typeof communeCode === 'string' && typeof recordId === 'string'
    ? { communeCode, recordId }
    : undefined;
}

/**
 * The records a response shows, or undefined when it cannot tell (a route whose answer
 * names no commune and id): the caller must not answer without a log entry.
 */
export function personalDataSubjectsOf(
  value: unknown,
  idField: string,
): PersonalDataSubject[] | undefined {
  if (typeof value === 'object' && value !== null && described.has(value)) {
    return described.get(value);
  }
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const subjects = items.map((item) => subjectOf(item, idField));
  return subjects.every((subject): subject is PersonalDataSubject => subject !== undefined)
    ? subjects
    : undefined;
}

/** One read of one record holding personal data. */
export interface PersonalDataAccessEntry {
  at: Date;
  /** Token subject of the reader, and their roles. */
  subject: string;
  roles: string[];
  recordKind: string;
  recordId: string;
  communeCode: string;
  provinceCode?: string;
  /** Method and route template, e.g. `GET /v1/dossiers/:dossierId/receipt.pdf`. */
  route: string;
  clientAddress?: string;
  userAgent?: string;
  correlationId?: string;
}

export const personalDataAccessSchema = new Schema<PersonalDataAccessEntry>(
  {
    at: { type: Date, required: true },
    subject: { type: String, required: true },
    roles: { type: [String], default: [] },
    recordKind: { type: String, required: true },
    recordId: { type: String, required: true },
    communeCode: { type: String, required: true },
    provinceCode: { type: String },
    route: { type: String, required: true },
    clientAddress: { type: String },
    userAgent: { type: String },
    correlationId: { type: String },
  },
  { collection: 'personal_data_access', versionKey: false },
);
personalDataAccessSchema.index({ communeCode: 1, at: -1 });
personalDataAccessSchema.index({ provinceCode: 1, at: -1 });
