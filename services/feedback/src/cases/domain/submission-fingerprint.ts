import { createHash } from 'node:crypto';

import { CaseContact } from './feedback-case';

/**
 * The same letter from the same person to the same commune hashes the same, whatever the
 * spacing or letter case: the key for "this was already sent".
 */
export function submissionFingerprint(submission: {
  communeCode: string;
  kind: string;
  content: string;
  contact?: CaseContact;
}): string {
  const canonical = JSON.stringify([
    submission.communeCode,
    submission.kind,
    submission.content.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim(),
    submission.contact?.fullName.toLocaleLowerCase('vi') ?? null,
    submission.contact?.email ?? null,
    submission.contact?.phone ?? null,
    submission.contact?.addressLine?.toLocaleLowerCase('vi') ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
