import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { CorrespondenceEnvironment } from '../config/correspondence.environment';
import { LettersModule } from '../letters/letters.module';
import { PrintBatchesHttpController } from './api/print-batches.http.controller';
import { DeliveryChannels } from './application/delivery-channels';
import { LetterDispatcher } from './application/letter-dispatcher.service';
import { PrintBatchesService } from './application/print-batches.service';
import { DELIVERY_CHANNELS, DeliveryChannel } from './domain/delivery-channel';
import { PrintBatchStore } from './domain/print-batch.store';
import { EmailChannel } from './infrastructure/email.channel';
import { PrintChannel } from './infrastructure/print.channel';
import { PrintBatchRepository } from './infrastructure/print-batch.repository';
import { PrintBatchRecord, PrintBatchSchema } from './infrastructure/print-batch.schema';
import { SmsChannel } from './infrastructure/sms.channel';
import { HttpSmsProvider, SmsProvider } from './infrastructure/sms-provider';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: PrintBatchRecord.name, schema: PrintBatchSchema }]),
    LettersModule,
  ],
  controllers: [PrintBatchesHttpController],
  providers: [
    {
      provide: SmsProvider,
      inject: [CorrespondenceEnvironment],
      useFactory: (environment: CorrespondenceEnvironment) => new HttpSmsProvider(environment),
    },
    EmailChannel,
    SmsChannel,
    PrintChannel,
    {
      provide: DELIVERY_CHANNELS,
      inject: [EmailChannel, SmsChannel, PrintChannel],
      useFactory: (...channels: DeliveryChannel[]) => channels,
    },
    DeliveryChannels,
    LetterDispatcher,
    PrintBatchesService,
    PrintBatchRepository,
    { provide: PrintBatchStore, useExisting: PrintBatchRepository },
  ],
  exports: [LetterDispatcher],
})
export class DeliveryModule {}
