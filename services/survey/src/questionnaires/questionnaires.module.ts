import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { QuestionnairesHttpController } from './api/questionnaires.http.controller';
import { QuestionnaireService } from './application/questionnaire.service';
import { QuestionnaireRepository } from './infrastructure/questionnaire.repository';
import { QuestionnaireRecord, QuestionnaireSchema } from './infrastructure/questionnaire.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: QuestionnaireRecord.name, schema: QuestionnaireSchema }]),
  ],
  controllers: [QuestionnairesHttpController],
  providers: [QuestionnaireService, QuestionnaireRepository],
  exports: [QuestionnaireService],
})
export class QuestionnairesModule {}
