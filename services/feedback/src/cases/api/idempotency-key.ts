import { DomainError } from '@libs/errors';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** The Idempotency-Key header, checked; undefined when the client sent none. */
export function checkedIdempotencyKey(value: string | undefined): string | undefined {
  if (value !== undefined && !IDEMPOTENCY_KEY.test(value)) {
    throw new DomainError('REQUEST.INVALID', 'invalid', 'Idempotency-Key không hợp lệ.', [
      { field: 'Idempotency-Key', messages: ['Từ 8 đến 100 ký tự: chữ, số, . _ : -'] },
    ]);
  }
  return value;
}
