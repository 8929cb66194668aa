import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@libs/service-kit';
import { SurveyEnvironment } from './config/survey.environment';

@Module({})
export class SurveyModule {
  static register(environment: SurveyEnvironment): DynamicModule {
    return {
      module: SurveyModule,
      imports: [ServiceKitModule.forRoot('survey', environment)],
    };
  }
}
