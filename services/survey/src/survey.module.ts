import { DynamicModule, Module } from '@nestjs/common';

import { ServiceKitModule, ServiceKitOptions } from '@libs/service-kit';

import { AnswersModule } from './answers/answers.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { SurveyEnvironment } from './config/survey.environment';
import { IndexesModule } from './indexes/indexes.module';
import { InvitationsModule } from './invitations/invitations.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';

@Module({})
export class SurveyModule {
  static register(environment: SurveyEnvironment, options: ServiceKitOptions = {}): DynamicModule {
    return {
      module: SurveyModule,
      imports: [
        ServiceKitModule.forRoot('survey', environment, options),
        QuestionnairesModule,
        IndexesModule,
        InvitationsModule,
        AnswersModule,
        CampaignsModule,
      ],
    };
  }
}
