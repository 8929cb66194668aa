import { idempotencyScope } from './tenancy';

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
