import { LetterChannel, LetterStatus } from '@libs/contracts';

import { LetterRecipient } from './letter';

/** Statuses a letter may move to from each status. */
const NEXT: Readonly<Record<LetterStatus, readonly LetterStatus[]>> = {
  draft: ['approved'],
  approved: ['sent', 'printed', 'failed'],
  // A failed round is tried again (failed → sent) or re-queued by an officer (→ approved).
  failed: ['sent', 'failed', 'approved'],
  sent: ['delivered', 'approved'],
  printed: ['delivered', 'approved'],
  delivered: ['approved'],
};

export function canMove(from: LetterStatus, to: LetterStatus): boolean {
  return NEXT[from].includes(to);
}

/** A letter can be sent again once it went out or gave up; never while still a draft. */
export const RESENDABLE: readonly LetterStatus[] = ['sent', 'printed', 'delivered', 'failed'];

/** Only a letter that went out can be confirmed as received. */
export const CONFIRMABLE: readonly LetterStatus[] = ['sent', 'printed'];

export interface AvailableChannels {
  email: boolean;
  sms: boolean;
}

/**
 * The best way to reach the recipient with what this deployment can send: e-mail carries
 * the whole letter as a PDF, SMS a short notice, and paper always works (the daily print batch).
 */
export function chooseChannel(
  recipient: LetterRecipient,
  available: AvailableChannels,
): LetterChannel {
  if (recipient.email && available.email) {
    return 'email';
  }
  if (recipient.phone && available.sms) {
    return 'sms';
  }
  return 'print';
}

/** Whether the channel can reach this recipient at all (for an officer's resend choice). */
export function channelReaches(channel: LetterChannel, recipient: LetterRecipient): boolean {
  switch (channel) {
    case 'email':
      return Boolean(recipient.email);
    case 'sms':
      return Boolean(recipient.phone);
    case 'print':
      return true;
  }
}

const MAX_RETRY_DELAY_MS = 6 * 3600_000;

/**
 * When to try again after `attempts` failed rounds: base, 2×base, 4×base, ... capped at six
 * hours; undefined once the rounds are used up (the letter waits for an officer's resend).
 */
export function nextAttemptAfter(
  failedAt: Date,
  attempts: number,
  policy: { baseMs: number; maxAttempts: number },
): Date | undefined {
  if (attempts >= policy.maxAttempts) {
    return undefined;
  }
  const delay = Math.min(policy.baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);
  return new Date(failedAt.getTime() + delay);
}
