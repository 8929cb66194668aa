import { IsInt, Max, Min } from 'class-validator';

import { ServiceEnvironment } from '@libs/config';

/**
 * Expected answer times, in working days, per kind of case; 0 means no answer is owed (a
 * suggestion is thanked, not answered by a deadline).
 *
 * These are the commune's own service levels, shown to citizens as "dự kiến": no law read for
 * this project fixes a time to answer a petition or recommendation on its merits. The 10
 * working days of Circular 05/2021/TT-TTCP are for handling the letter (xử lý đơn), which
 * every case tracks separately (`handlingDueAt`, letter-procedures.ts); complaints and
 * denunciations follow their own laws. See docs/legal-basis.md.
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
