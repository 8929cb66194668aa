import { ServiceEnvironment } from '@libs/config';
import { IsInt, Max, Min } from 'class-validator';

/**
 * Response deadlines, in working days, per kind of case; 0 means no answer is owed (a
 * suggestion is thanked, not answered by a deadline).
 *
 * The default of 10 working days follows the time limit for handling a citizen's letter
 * (đơn kiến nghị, phản ánh) in Circular 05/2021/TT-TTCP; the domain notes are silent on
 * petition deadlines, so provinces that rule otherwise change these settings.
 */
export class FeedbackEnvironment extends ServiceEnvironment {
  override PORT = 3005;
  override MONGO_DB = 'feedback';

  @IsInt()
  @Min(0)
  @Max(90)
  FEEDBACK_RESPONSE_DAYS_SUGGESTION: number = 0;

  @IsInt()
  @Min(0)
  @Max(90)
  FEEDBACK_RESPONSE_DAYS_PETITION: number = 10;

  @IsInt()
  @Min(0)
  @Max(90)
  FEEDBACK_RESPONSE_DAYS_RECOMMENDATION: number = 10;

  @IsInt()
  @Min(0)
  @Max(90)
  FEEDBACK_RESPONSE_DAYS_DISSATISFACTION: number = 10;

  @IsInt()
  @Min(0)
  @Max(90)
  FEEDBACK_RESPONSE_DAYS_RECEPTION_ISSUE: number = 10;

  /** The same content from the same citizen within this many minutes is one submission. */
  @IsInt()
  @Min(1)
  @Max(10080)
  FEEDBACK_DUPLICATE_WINDOW_MINUTES: number = 30;
}
