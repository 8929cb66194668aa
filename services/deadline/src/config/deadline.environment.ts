import { IsInt, IsNumber, Max, Min } from 'class-validator';

import { ServiceEnvironment } from '@libs/config';

export class DeadlineEnvironment extends ServiceEnvironment {
  override PORT = 3002;
  override MONGO_DB = 'deadline';

  /** Office hours before the due time at which the officer is warned (8 h = one working day). */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(200)
  DUE_SOON_WORKING_HOURS: number = 8;

  /** How often a replica looks for deadlines whose next check has come. */
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  DEADLINE_SCAN_INTERVAL_MS: number = 30_000;

  /** Deadlines advanced per query; a scan repeats the query until fewer come back. */
  @IsInt()
  @Min(1)
  @Max(1000)
  DEADLINE_SCAN_BATCH_SIZE: number = 100;
}
