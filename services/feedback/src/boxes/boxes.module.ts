import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { SuggestionBoxesHttpController } from './api/suggestion-boxes.http.controller';
import { SuggestionBoxesService } from './application/suggestion-boxes.service';
import { SuggestionBoxStore } from './domain/suggestion-box.store';
import { SuggestionBoxRepository } from './infrastructure/suggestion-box.repository';
import { SuggestionBoxRecord, SuggestionBoxSchema } from './infrastructure/suggestion-box.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: SuggestionBoxRecord.name, schema: SuggestionBoxSchema }]),
  ],
  controllers: [SuggestionBoxesHttpController],
  providers: [
    SuggestionBoxesService,
    SuggestionBoxRepository,
    { provide: SuggestionBoxStore, useExisting: SuggestionBoxRepository },
  ],
  exports: [SuggestionBoxesService],
})
export class BoxesModule {}
