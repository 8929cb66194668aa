import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { ProceduresModule } from '../procedures/procedures.module';
import { SequencesModule } from '../sequences/sequences.module';
import { QueueHttpController } from './api/queue.http.controller';
import { QueueService } from './application/queue.service';
import { QueueStore } from './domain/queue.store';
import { QueueRepository } from './infrastructure/queue.repository';
import {
  QueueFiguresRecord,
  QueueFiguresSchema,
  QueueTicketRecord,
  QueueTicketSchema,
} from './infrastructure/queue-ticket.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: QueueTicketRecord.name, schema: QueueTicketSchema },
      { name: QueueFiguresRecord.name, schema: QueueFiguresSchema },
    ]),
    ProceduresModule,
    SequencesModule,
  ],
  controllers: [QueueHttpController],
  providers: [QueueService, QueueRepository, { provide: QueueStore, useExisting: QueueRepository }],
})
export class QueueModule {}
