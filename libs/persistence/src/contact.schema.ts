import { Schema, SchemaDefinition } from 'mongoose';

/**
 * A citizen's name and the ways to reach them, as a sub-document: the author of a letter,
 * the person who raised an issue at a reception, a dossier's applicant.
 */
export interface ContactRecord {
  fullName: string;
  addressLine?: string;
  email?: string;
  phone?: string;
}

export const ContactRecordSchema = new Schema<ContactRecord>(
  { fullName: { type: String, required: true }, addressLine: String, email: String, phone: String },
  { _id: false },
);

/** The contact sub-document with more of the person, e.g. an applicant's date of birth. */
export function contactRecordSchemaWith(fields: SchemaDefinition): Schema {
  return ContactRecordSchema.clone().add(fields);
}
