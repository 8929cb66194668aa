import { validateEnvironment } from '@libs/config';

import { FeedbackEnvironment } from '../../config/feedback.environment';
import { ResponseDeadlinePolicy } from './response-deadline.policy';

const policy = (variables: Record<string, string> = {}) =>
  new ResponseDeadlinePolicy(
    validateEnvironment(FeedbackEnvironment, { AUTH_PUBLIC_KEY: 'test-key', ...variables }),
  );

describe('ResponseDeadlinePolicy', () => {
  it('should owe an answer to petitions, recommendations, dissatisfaction and reception issues within 10 working days, and none to suggestions', () => {
    const defaults = policy();

    expect(defaults.workingDaysFor('petition')).toBe(10);
    expect(defaults.workingDaysFor('recommendation')).toBe(10);
    expect(defaults.workingDaysFor('dissatisfaction')).toBe(10);
    expect(defaults.workingDaysFor('reception-issue')).toBe(10);
    expect(defaults.workingDaysFor('suggestion')).toBeUndefined();
  });

  it('should follow the province’s settings', () => {
    const configured = policy({
      FEEDBACK_RESPONSE_DAYS_PETITION: '15',
      FEEDBACK_RESPONSE_DAYS_SUGGESTION: '5',
    });

    expect(configured.workingDaysFor('petition')).toBe(15);
    expect(configured.workingDaysFor('suggestion')).toBe(5);
  });

  it('should expect the answer at the close of office, counting working days only', () => {
    // Friday 24 April 2026, 10:00 in Vietnam. Giỗ Tổ falls on Sunday 26 April and is taken
    // on Monday 27; 30/4 and 1/5 are holidays.
    const expected = policy().expectedAnswerAt(new Date('2026-04-24T03:00:00Z'), 10);

    // 28–29 April, 4–8 May and 11–13 May: ten working days, due Wednesday 13 May at 17:00.
    expect(expected.toISOString()).toBe('2026-05-13T10:00:00.000Z');
  });
});
