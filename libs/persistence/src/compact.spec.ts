import { compact } from './compact';

describe('compact', () => {
  it('should drop the keys that hold null or undefined and keep every other value', () => {
    const closedAt = new Date('2026-03-02T03:00:00Z');
    const stored = {
      assignee: null as string | null,
      note: undefined as string | undefined,
      closedAt,
      escalated: false,
      count: 0,
      reason: '',
    };

    const present = compact(stored);

    expect(present).toStrictEqual({ closedAt, escalated: false, count: 0, reason: '' });
    expect('assignee' in present).toBe(false);
  });

  it('should leave the input as it was', () => {
    const input = { a: 1, b: null };

    compact(input);

    expect(input).toStrictEqual({ a: 1, b: null });
  });
});
