import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule, ServiceKitOptions } from '@libs/service-kit';
import { DeadlineEnvironment } from './config/deadline.environment';

@Module({})
export class DeadlineModule {
  static register(
    environment: DeadlineEnvironment,
    options: ServiceKitOptions = {},
  ): DynamicModule {
    return {
      module: DeadlineModule,
      imports: [ServiceKitModule.forRoot('deadline', environment, options)],
    };
  }
}
