import { Module } from '@nestjs/common';

import { IndexesModule } from '../indexes/indexes.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { PaperAnswersHttpController } from './api/paper-answers.http.controller';
import { PublicSurveysHttpController } from './api/public-surveys.http.controller';
import { AnswerSurveyService } from './application/answer-survey.service';

@Module({
  imports: [InvitationsModule, QuestionnairesModule, IndexesModule],
  controllers: [PublicSurveysHttpController, PaperAnswersHttpController],
  providers: [AnswerSurveyService],
})
export class AnswersModule {}
