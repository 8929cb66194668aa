import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { CasesModule } from '../cases/cases.module';
import { ReceptionComplianceHttpController } from './api/reception-compliance.http.controller';
import { ReceptionSchedulesHttpController } from './api/reception-schedules.http.controller';
import { ReceptionsHttpController } from './api/receptions.http.controller';
import { ReceptionsService } from './application/receptions.service';
import { ReceptionStore } from './domain/reception.store';
import { ReceptionScheduleStore } from './domain/reception-schedule.store';
import { ReceptionRepository } from './infrastructure/reception.repository';
import { ReceptionRecord, ReceptionSchema } from './infrastructure/reception.schema';
import { ReceptionScheduleRepository } from './infrastructure/reception-schedule.repository';
import {
  ReceptionScheduleRecord,
  ReceptionScheduleSchema,
} from './infrastructure/reception-schedule.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ReceptionRecord.name, schema: ReceptionSchema },
      { name: ReceptionScheduleRecord.name, schema: ReceptionScheduleSchema },
    ]),
    CasesModule,
  ],
  controllers: [
    ReceptionsHttpController,
    ReceptionComplianceHttpController,
    ReceptionSchedulesHttpController,
  ],
  providers: [
    ReceptionsService,
    ReceptionRepository,
    { provide: ReceptionStore, useExisting: ReceptionRepository },
    ReceptionScheduleRepository,
    { provide: ReceptionScheduleStore, useExisting: ReceptionScheduleRepository },
  ],
})
export class ReceptionsModule {}
