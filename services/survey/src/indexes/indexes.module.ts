import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { IndexesHttpController } from './api/indexes.http.controller';
import { IndexProjector } from './application/index-projector.service';
import { IndexesQueryService } from './application/indexes-query.service';
import { IndexRowStore } from './domain/index-row.store';
import { IndexRowRepository } from './infrastructure/index-row.repository';
import { IndexRowRecord, IndexRowSchema } from './infrastructure/index-row.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: IndexRowRecord.name, schema: IndexRowSchema }])],
  controllers: [IndexesHttpController],
  providers: [
    IndexRowRepository,
    { provide: IndexRowStore, useExisting: IndexRowRepository },
    IndexProjector,
    IndexesQueryService,
  ],
  exports: [IndexProjector, IndexRowRepository, IndexRowStore],
})
export class IndexesModule {}
