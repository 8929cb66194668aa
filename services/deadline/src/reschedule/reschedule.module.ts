import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { TrackingModule } from '../tracking/tracking.module';
import { RescheduleHttpController } from './api/reschedule.http.controller';
import { RescheduleDeadlineService } from './application/reschedule-deadline.service';
import { DeadlineRescheduleStore } from './domain/deadline-reschedule.store';
import { DeadlineRescheduleRepository } from './infrastructure/deadline-reschedule.repository';
import {
  DeadlineRescheduleRecord,
  DeadlineRescheduleSchema,
} from './infrastructure/deadline-reschedule.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: DeadlineRescheduleRecord.name, schema: DeadlineRescheduleSchema },
    ]),
    TrackingModule,
  ],
  controllers: [RescheduleHttpController],
  providers: [
    RescheduleDeadlineService,
    DeadlineRescheduleRepository,
    { provide: DeadlineRescheduleStore, useExisting: DeadlineRescheduleRepository },
  ],
  exports: [RescheduleDeadlineService],
})
export class RescheduleModule {}
