import { IsInt, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';

import { ServiceEnvironment } from '@libs/config';

export class CorrespondenceEnvironment extends ServiceEnvironment {
  override PORT = 3003;
  override MONGO_DB = 'correspondence';

  /** SMTP server for letters by e-mail, e.g. smtp://user:pass@mail.example.vn:587; empty: no e-mail. */
  @ValidateIf((environment: CorrespondenceEnvironment) => environment.SMTP_URL !== '')
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL: string = '';

  @IsString()
  @Matches(/.+@.+/, { message: 'MAIL_FROM must contain an e-mail address' })
  MAIL_FROM: string = '"Ủy ban nhân dân" <thu-ngo@chinh-quyen-than-thien.local>';

  /** HTTP endpoint of the SMS provider adapter; empty: no SMS. */
  @ValidateIf((environment: CorrespondenceEnvironment) => environment.SMS_HTTP_URL !== '')
  @Matches(/^https?:\/\/.+/, { message: 'SMS_HTTP_URL must be an http:// or https:// URL' })
  SMS_HTTP_URL: string = '';

  /** Bearer token the SMS provider expects; empty: no Authorization header. */
  @IsString()
  SMS_HTTP_TOKEN: string = '';

  /** Brand name registered with the carriers. */
  @Matches(/^[A-Za-z0-9 ._-]{1,11}$/, { message: 'SMS_SENDER must be 1–11 plain characters' })
  SMS_SENDER: string = 'UBND';

  @IsInt()
  @Min(100)
  @Max(120000)
  SMS_HTTP_TIMEOUT_MS: number = 10000;

  /** How often due letters are sent by e-mail or SMS; 0 turns the timer off (tests drive it). */
  @IsInt()
  @Min(0)
  @Max(3600000)
  DELIVERY_POLL_INTERVAL_MS: number = 30000;

  /**
   * How often drafts past their approval time are sent or escalated, and issued letters without
   * a number are numbered; 0 turns the timer off (tests drive it).
   */
  @IsInt()
  @Min(0)
  @Max(3600000)
  APPROVAL_WATCH_INTERVAL_MS: number = 60000;

  /** Delivery rounds before a letter stays failed until an officer re-sends it. */
  @IsInt()
  @Min(1)
  @Max(20)
  DELIVERY_MAX_ATTEMPTS: number = 6;

  /** Wait before the second round; it doubles each round (capped at six hours). */
  @IsInt()
  @Min(10)
  @Max(86400000)
  DELIVERY_RETRY_BASE_MS: number = 60000;

  /** Quick tries within one round, for a connection that drops for a moment. */
  @IsInt()
  @Min(1)
  @Max(10)
  DELIVERY_SEND_TRIES: number = 3;

  @IsInt()
  @Min(1)
  @Max(60000)
  DELIVERY_SEND_RETRY_DELAY_MS: number = 500;
}
