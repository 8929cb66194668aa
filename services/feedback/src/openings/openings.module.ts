import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { BoxesModule } from '../boxes/boxes.module';
import { CasesModule } from '../cases/cases.module';
import { BoxOpeningsHttpController } from './api/box-openings.http.controller';
import { RecordOpeningService } from './application/record-opening.service';
import { BoxOpeningStore } from './domain/box-opening.store';
import { BoxOpeningRepository } from './infrastructure/box-opening.repository';
import { BoxOpeningRecord, BoxOpeningSchema } from './infrastructure/box-opening.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: BoxOpeningRecord.name, schema: BoxOpeningSchema }]),
    BoxesModule,
    CasesModule,
  ],
  controllers: [BoxOpeningsHttpController],
  providers: [
    RecordOpeningService,
    BoxOpeningRepository,
    { provide: BoxOpeningStore, useExisting: BoxOpeningRepository },
  ],
})
export class OpeningsModule {}
