import { Module } from '@nestjs/common';
import { IndexesModule } from '../indexes/indexes.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { PublicSurveysHttpController } from './api/public-surveys.http.controller';
import { AnswerSurveyService } from './application/answer-survey.service';

@Module({
  imports: [InvitationsModule, QuestionnairesModule, IndexesModule],
  controllers: [PublicSurveysHttpController],
  providers: [AnswerSurveyService],
})
export class AnswersModule {}
