import { IsIn, IsInt, IsNumber, Matches, Max, Min } from 'class-validator';

import { ServiceEnvironment } from '@libs/config';

import { ModelCriteria } from '../reports/domain/model-criteria';

export class ReportingEnvironment extends ServiceEnvironment {
  override PORT = 3006;
  override MONGO_DB = 'reporting';

  /**
   * Name of the "meets the model" criteria below; reports carry it. Change it whenever a
   * threshold changes.
   */
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, {
    message: 'REPORTING_CRITERIA_VERSION may use letters, digits, . _ - (1–40)',
  })
  REPORTING_CRITERIA_VERSION: string = '2025.1';

  /** Share of dossiers returned on time a commune needs (0–1). */
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1)
  REPORTING_MIN_ON_TIME_RATE: number = 0.98;

  /** Share of satisfied and very satisfied survey answers a commune needs (0–1). */
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1)
  REPORTING_MIN_SATISFACTION_RATE: number = 0.9;

  /** Share of petitions and recommendations answered on time a commune needs (0–1). */
  @IsNumber({ maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1)
  REPORTING_MIN_FEEDBACK_ON_TIME_RATE: number = 0.95;

  /** Whether every owed letter (congratulation, condolence, apology, thank-you) is required. */
  @IsIn(['true', 'false'], { message: 'REPORTING_REQUIRE_EVERY_LETTER must be true or false' })
  REPORTING_REQUIRE_EVERY_LETTER: string = 'true';

  /** Longest period a report may cover, in days (bounds the buckets one request reads). */
  @IsInt()
  @Min(1)
  @Max(3660)
  REPORTING_MAX_PERIOD_DAYS: number = 1096;

  /** How long `npm run reporting:rebuild` waits for the replay to catch up. */
  @IsInt()
  @Min(1000)
  @Max(86_400_000)
  REPORTING_REBUILD_TIMEOUT_MS: number = 1_800_000;
}

export function modelCriteriaFrom(environment: ReportingEnvironment): ModelCriteria {
  return {
    version: environment.REPORTING_CRITERIA_VERSION,
    minOnTimeRate: environment.REPORTING_MIN_ON_TIME_RATE,
    minSatisfactionRate: environment.REPORTING_MIN_SATISFACTION_RATE,
    minFeedbackOnTimeRate: environment.REPORTING_MIN_FEEDBACK_ON_TIME_RATE,
    requireEveryLetter: environment.REPORTING_REQUIRE_EVERY_LETTER === 'true',
  };
}
