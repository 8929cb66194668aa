import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@libs/service-kit';
import { FeedbackEnvironment } from './config/feedback.environment';

@Module({})
export class FeedbackModule {
  static register(environment: FeedbackEnvironment): DynamicModule {
    return {
      module: FeedbackModule,
      imports: [ServiceKitModule.forRoot('feedback', environment)],
    };
  }
}
