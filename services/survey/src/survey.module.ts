import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule, ServiceKitOptions } from '@libs/service-kit';
import { SurveyEnvironment } from './config/survey.environment';

@Module({})
export class SurveyModule {
  static register(environment: SurveyEnvironment, options: ServiceKitOptions = {}): DynamicModule {
    return {
      module: SurveyModule,
      imports: [ServiceKitModule.forRoot('survey', environment, options)],
    };
  }
}
