import { refusal } from '@libs/testing';

import {
  assertSameRequest,
  checkedIdempotencyKey,
  idempotencyScope,
  requestFingerprint,
} from './idempotency';

const officer = (subject: string) => ({ subject, roles: ['officer' as const], communes: [] });

describe('idempotencyScope', () => {
  it('should scope one key to the account and the commune', () => {
    const key = 'desk-2026-0001';

    expect(idempotencyScope(officer('can-bo-1'), '14797', key)).not.toBe(
      idempotencyScope(officer('can-bo-1'), '16522', key),
    );
    expect(idempotencyScope(officer('can-bo-1'), '14797', key)).not.toBe(
      idempotencyScope(officer('can-bo-2'), '14797', key),
    );
    expect(idempotencyScope(officer('can-bo-1'), '14797', key)).toBe(
      idempotencyScope(officer('can-bo-1'), '14797', key),
    );
  });

  it('should not let a subject holding a colon forge another account’s scope', () => {
    expect(idempotencyScope(officer('a:14797'), '16522', 'key-00001')).not.toBe(
      idempotencyScope(officer('a'), '14797', '16522:key-00001'),
    );
  });
});

describe('idempotent requests', () => {
  it('should accept a well-formed key or none, and refuse a malformed one per field', () => {
    expect(checkedIdempotencyKey('desk-2026:0001.a_b')).toBe('desk-2026:0001.a_b');
    expect(checkedIdempotencyKey(undefined)).toBeUndefined();
    for (const bad of ['short', 'có dấu-00001', 'x'.repeat(101)]) {
      const error = refusal(() => checkedIdempotencyKey(bad));
      expect(error.code).toBe('REQUEST.INVALID');
      expect(error.fields.map((problem) => problem.field)).toEqual(['Idempotency-Key']);
    }
  });

  it('should give the same request the same fingerprint and a different one another', () => {
    const request = { communeCode: '14797', child: { fullName: 'Nguyễn Văn An' } };
    expect(requestFingerprint(request)).toBe(requestFingerprint({ ...request }));
    expect(requestFingerprint(request)).not.toBe(
      requestFingerprint({ ...request, communeCode: '16522' }),
    );
  });

  it('should replay the same request and refuse a key reused for another with 409 wording', () => {
    const fingerprint = requestFingerprint({ a: 1 });
    expect(() => assertSameRequest(fingerprint, fingerprint, 'một hồ sơ khác')).not.toThrow();

    const error = refusal(() =>
      assertSameRequest(fingerprint, requestFingerprint({ a: 2 }), 'một hồ sơ khác'),
    );
    expect(error.code).toBe('REQUEST.IDEMPOTENCY_KEY_REUSED');
    expect(error.kind).toBe('conflict');
    expect(error.message).toBe('Mã yêu cầu (Idempotency-Key) đã được dùng cho một hồ sơ khác.');
  });
});
