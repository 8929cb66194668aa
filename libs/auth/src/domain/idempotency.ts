import { createHash } from 'node:crypto';

import { DomainError } from '@libs/errors';

import { Principal } from './principal';

/** What an Idempotency-Key header may hold: 8–100 letters, digits and `. _ : -`. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,100}$/;

export const IdempotencyErrors = {
  invalidKey: (): DomainError =>
    new DomainError('REQUEST.INVALID', 'invalid', 'Idempotency-Key không hợp lệ.', [
      { field: 'Idempotency-Key', messages: ['Từ 8 đến 100 ký tự: chữ, số, . _ : -'] },
    ]),
  /** `what` names the other record in Vietnamese, e.g. "một hồ sơ khác". */
  keyReused: (what: string): DomainError =>
    new DomainError(
      'REQUEST.IDEMPOTENCY_KEY_REUSED',
      'conflict',
      `Mã yêu cầu (Idempotency-Key) đã được dùng cho ${what}.`,
    ),
};

/** The Idempotency-Key header, checked; undefined when the client sent none. */
export function checkedIdempotencyKey(value: string | undefined): string | undefined {
  if (value !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(value)) {
    throw IdempotencyErrors.invalidKey();
  }
  return value;
}

/**
 * The key under which a request's Idempotency-Key is stored: the caller's own and the
 * commune's, so a key replays only what the same account did for the same commune. The
 * subject is encoded so that no subject can forge another's prefix.
 */
export function idempotencyScope(
  principal: Principal,
  communeCode: string,
  idempotencyKey: string,
): string {
  return `${encodeURIComponent(principal.subject)}:${communeCode}:${idempotencyKey}`;
}

/** What a request asked for, as a digest: a replay must ask for exactly the same. */
export function requestFingerprint(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/**
 * Replay or conflict: a stored request under the same key is replayed only if it asked for the
 * same thing; otherwise the key was reused for something else (409).
 */
export function assertSameRequest(
  storedFingerprint: string,
  fingerprint: string,
  what: string,
): void {
  if (storedFingerprint !== fingerprint) {
    throw IdempotencyErrors.keyReused(what);
  }
}
