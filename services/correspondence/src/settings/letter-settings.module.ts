import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { LetterSettingsHttpController } from './api/letter-settings.http.controller';
import { LetterSettingsService } from './application/letter-settings.service';
import { LetterSettingsStore } from './domain/letter-settings.store';
import { LetterSettingsRepository } from './infrastructure/letter-settings.repository';
import {
  LetterSettingsRecord,
  LetterSettingsSchema,
} from './infrastructure/letter-settings.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: LetterSettingsRecord.name, schema: LetterSettingsSchema }]),
  ],
  controllers: [LetterSettingsHttpController],
  providers: [
    LetterSettingsService,
    LetterSettingsRepository,
    { provide: LetterSettingsStore, useExisting: LetterSettingsRepository },
  ],
  exports: [LetterSettingsService],
})
export class LetterSettingsModule {}
