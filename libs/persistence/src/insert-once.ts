import { Model } from 'mongoose';

import { isDuplicateKeyError } from './duplicate-key';

/**
 * Creates the document unless a unique index already holds its key; false then. The
 * idempotent "one effect per fact" write the services share.
 */
export async function insertOnce<T>(
  model: Model<T>,
  document: Partial<T> | Record<string, unknown>,
): Promise<boolean> {
  try {
    await model.create(document);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) {
      return false;
    }
    throw error;
  }
}
