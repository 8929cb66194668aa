import { answerTiming } from './answer-timing';

describe('answerTiming', () => {
  const dueAt = new Date('2026-03-10T10:00:00.000Z');

  it('should call an answer at or before the response deadline on time', () => {
    expect(answerTiming({ responseDueAt: dueAt }, dueAt)).toEqual({
      dueAt: '2026-03-10T10:00:00.000Z',
      onTime: true,
    });
  });

  it('should call an answer after the response deadline late', () => {
    expect(answerTiming({ responseDueAt: dueAt }, new Date('2026-03-10T10:00:01.000Z'))).toEqual({
      dueAt: '2026-03-10T10:00:00.000Z',
      onTime: false,
    });
  });

  it('should say nothing when no answer was owed', () => {
    expect(answerTiming({}, dueAt)).toEqual({});
  });
});
