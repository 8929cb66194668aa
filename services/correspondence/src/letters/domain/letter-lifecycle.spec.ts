import { canMove, chooseChannel, nextAttemptAfter } from './letter-lifecycle';

describe('letter lifecycle', () => {
  it('should let a draft only be approved, and never skip the approval', () => {
    expect(canMove('draft', 'approved')).toBe(true);
    expect(canMove('draft', 'sent')).toBe(false);
    expect(canMove('draft', 'printed')).toBe(false);
  });

  it('should let a failed letter be tried again or queued again, and a sent one be delivered', () => {
    expect(canMove('failed', 'sent')).toBe(true);
    expect(canMove('failed', 'failed')).toBe(true);
    expect(canMove('failed', 'approved')).toBe(true);
    expect(canMove('sent', 'delivered')).toBe(true);
    expect(canMove('delivered', 'sent')).toBe(false);
  });

  it('should prefer e-mail, then SMS, then paper, among the channels this deployment has', () => {
    const all = { email: true, sms: true };
    const contact = { name: 'Ông/Bà A', email: 'a@example.vn', phone: '0912345678' };

    expect(chooseChannel(contact, all)).toBe('email');
    expect(chooseChannel(contact, { email: false, sms: true })).toBe('sms');
    expect(chooseChannel(contact, { email: false, sms: false })).toBe('print');
    expect(chooseChannel({ name: 'Ông/Bà B', addressLine: 'Số 1' }, all)).toBe('print');
  });

  it('should double the wait after each failed round and stop after the last round', () => {
    const failedAt = new Date('2026-11-28T02:00:00Z');
    const policy = { baseMs: 60_000, maxAttempts: 4 };

    expect(nextAttemptAfter(failedAt, 1, policy)?.toISOString()).toBe('2026-11-28T02:01:00.000Z');
    expect(nextAttemptAfter(failedAt, 2, policy)?.toISOString()).toBe('2026-11-28T02:02:00.000Z');
    expect(nextAttemptAfter(failedAt, 3, policy)?.toISOString()).toBe('2026-11-28T02:04:00.000Z');
    expect(nextAttemptAfter(failedAt, 4, policy)).toBeUndefined();
  });

  it('should never wait more than six hours between rounds', () => {
    const failedAt = new Date('2026-11-28T02:00:00Z');

    const next = nextAttemptAfter(failedAt, 15, { baseMs: 3_600_000, maxAttempts: 20 });

    expect(next?.toISOString()).toBe('2026-11-28T08:00:00.000Z');
  });
});
