import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { RescheduleModule } from '../reschedule/reschedule.module';
import { TrackingModule } from '../tracking/tracking.module';
import { DeadlineScanner } from './application/deadline-scanner.service';
import { DeadlineAlarmStore } from './domain/deadline-alarm.store';
import { DeadlineAlarmRepository } from './infrastructure/deadline-alarm.repository';
import { DeadlineAlarmRecord, DeadlineAlarmSchema } from './infrastructure/deadline-alarm.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: DeadlineAlarmRecord.name, schema: DeadlineAlarmSchema }]),
    TrackingModule,
    RescheduleModule,
  ],
  providers: [
    DeadlineScanner,
    DeadlineAlarmRepository,
    { provide: DeadlineAlarmStore, useExisting: DeadlineAlarmRepository },
  ],
  exports: [DeadlineScanner],
})
export class TimersModule {}
