import { answerAlert } from './feedback-case';

describe('how late a case’s answer is', () => {
  const now = Date.parse('2026-12-02T03:00:00Z');

  it('should flag an open case past its expected answer time as overdue', () => {
    expect(answerAlert({ status: 'assigned', expectedAnswerAt: '2026-12-01T10:00:00Z' }, now)).toBe(
      'overdue',
    );
  });

  it('should warn two days ahead, and say on time before that', () => {
    expect(answerAlert({ status: 'received', expectedAnswerAt: '2026-12-03T10:00:00Z' }, now)).toBe(
      'due-soon',
    );
    expect(
      answerAlert({ status: 'in-progress', expectedAnswerAt: '2026-12-10T10:00:00Z' }, now),
    ).toBe('none');
  });

  it('should not flag a settled case, nor one that owes no answer', () => {
    expect(
      answerAlert({ status: 'answered', expectedAnswerAt: '2026-11-01T10:00:00Z' }, now),
    ).toBeUndefined();
    expect(answerAlert({ status: 'received' }, now)).toBeUndefined();
  });
});
