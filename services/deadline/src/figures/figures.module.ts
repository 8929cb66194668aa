import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { OnTimeFiguresHttpController } from './api/on-time-figures.http.controller';
import { FiguresProjector } from './application/figures-projector.service';
import { OnTimeFiguresService } from './application/on-time-figures.service';
import { OnTimeFactStore } from './domain/on-time-fact.store';
import { OnTimeFactRepository } from './infrastructure/on-time-fact.repository';
import { OnTimeFactRecord, OnTimeFactSchema } from './infrastructure/on-time-fact.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: OnTimeFactRecord.name, schema: OnTimeFactSchema }])],
  controllers: [OnTimeFiguresHttpController],
  providers: [
    OnTimeFiguresService,
    FiguresProjector,
    OnTimeFactRepository,
    { provide: OnTimeFactStore, useExisting: OnTimeFactRepository },
  ],
  exports: [FiguresProjector],
})
export class FiguresModule {}
