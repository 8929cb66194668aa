import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { QuestionnairesHttpController } from './api/questionnaires.http.controller';
import { QuestionnaireService } from './application/questionnaire.service';
import { QuestionnaireStore } from './domain/questionnaire.store';
import { QuestionnaireRepository } from './infrastructure/questionnaire.repository';
import { QuestionnaireRecord, QuestionnaireSchema } from './infrastructure/questionnaire.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: QuestionnaireRecord.name, schema: QuestionnaireSchema }]),
  ],
  controllers: [QuestionnairesHttpController],
  providers: [
    QuestionnaireService,
    QuestionnaireRepository,
    { provide: QuestionnaireStore, useExisting: QuestionnaireRepository },
  ],
  exports: [QuestionnaireService],
})
export class QuestionnairesModule {}
