import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { LetterTemplatesHttpController } from './api/letter-templates.http.controller';
import { LetterTemplatesService } from './application/letter-templates.service';
import { LetterTemplateStore } from './domain/letter-template.store';
import { LetterTemplateRepository } from './infrastructure/letter-template.repository';
import {
  LetterTemplateRecord,
  LetterTemplateSchema,
} from './infrastructure/letter-template.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: LetterTemplateRecord.name, schema: LetterTemplateSchema }]),
  ],
  controllers: [LetterTemplatesHttpController],
  providers: [
    LetterTemplatesService,
    LetterTemplateRepository,
    { provide: LetterTemplateStore, useExisting: LetterTemplateRepository },
  ],
  exports: [LetterTemplatesService],
})
export class LetterTemplatesModule {}
