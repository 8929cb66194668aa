import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { ReportingEventsConsumer } from './api/reporting-events.consumer';
import { Projector } from './application/projector.service';
import { CommuneDayStore } from './domain/commune-day.store';
import { ConsumerLag } from './domain/consumer-lag';
import { CommuneDayRepository } from './infrastructure/commune-day.repository';
import { CommuneDayRecord, CommuneDaySchema } from './infrastructure/commune-day.schema';
import { ConsumerLagReader } from './infrastructure/consumer-lag.reader';

@Module({
  imports: [MongooseModule.forFeature([{ name: CommuneDayRecord.name, schema: CommuneDaySchema }])],
  controllers: [ReportingEventsConsumer],
  providers: [
    CommuneDayRepository,
    { provide: CommuneDayStore, useExisting: CommuneDayRepository },
    Projector,
    ConsumerLagReader,
    { provide: ConsumerLag, useExisting: ConsumerLagReader },
  ],
  exports: [CommuneDayRepository, CommuneDayStore, ConsumerLagReader, ConsumerLag],
})
export class ProjectionsModule {}
