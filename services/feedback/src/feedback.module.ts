import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule, ServiceKitOptions } from '@libs/service-kit';
import { FeedbackEnvironment } from './config/feedback.environment';

@Module({})
export class FeedbackModule {
  static register(
    environment: FeedbackEnvironment,
    options: ServiceKitOptions = {},
  ): DynamicModule {
    return {
      module: FeedbackModule,
      imports: [ServiceKitModule.forRoot('feedback', environment, options)],
    };
  }
}
