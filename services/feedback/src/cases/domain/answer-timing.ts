import { FeedbackCase } from './feedback-case';

/**
 * The response deadline a settled case had and whether it was met, for the answered event
 * (reports count petitions answered on time from it). Nothing when no answer was owed.
 */
export function answerTiming(
  feedbackCase: Pick<FeedbackCase, 'responseDueAt'>,
  settledAt: Date,
): { dueAt?: string; onTime?: boolean } {
  if (!feedbackCase.responseDueAt) {
    return {};
  }
  return {
    dueAt: feedbackCase.responseDueAt.toISOString(),
    onTime: settledAt.getTime() <= feedbackCase.responseDueAt.getTime(),
  };
}
