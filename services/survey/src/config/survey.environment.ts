import { IsInt, IsNumber, IsUrl, Max, Min } from 'class-validator';

import { ServiceEnvironment } from '@libs/config';

export class SurveyEnvironment extends ServiceEnvironment {
  override PORT = 3004;
  override MONGO_DB = 'survey';

  /** Days after issue during which an invitation can be answered. */
  @IsInt()
  @Min(1)
  @Max(365)
  SURVEY_INVITATION_EXPIRES_AFTER_DAYS: number = 30;

  /** Days after issue when an unanswered invitation gets its one reminder. */
  @IsInt()
  @Min(1)
  @Max(365)
  SURVEY_REMINDER_AFTER_DAYS: number = 7;

  /** Where citizens open a survey; the link printed on the slip is `<base>/<token>`. */
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'must be an http(s) URL' })
  SURVEY_PUBLIC_LINK_BASE: string = 'http://127.0.0.1:3004/v1/public/surveys';

  /** Default margin of error e of campaign samples, n = N / (1 + N·e²). */
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0.01)
  @Max(0.2)
  SURVEY_CAMPAIGN_MARGIN_OF_ERROR: number = 0.05;

  /** How often the reminder, expiry and repair scan runs; 0 turns the timer off. */
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  SURVEY_SCAN_INTERVAL_MS: number = 60_000;
}
