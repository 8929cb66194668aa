import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { DailySequenceRepository } from './daily-sequence.repository';
import { DailySequenceRecord, DailySequenceSchema } from './daily-sequence.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: DailySequenceRecord.name, schema: DailySequenceSchema }]),
  ],
  providers: [DailySequenceRepository],
  exports: [DailySequenceRepository],
})
export class SequencesModule {}
