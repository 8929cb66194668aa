import { DynamicModule, Module } from '@nestjs/common';

import { ServiceKitModule, ServiceKitOptions } from '@libs/service-kit';

import { CorrespondenceEnvironment } from './config/correspondence.environment';
import { DeliveryModule } from './delivery/delivery.module';
import { LettersModule } from './letters/letters.module';

@Module({})
export class CorrespondenceModule {
  static register(
    environment: CorrespondenceEnvironment,
    options: ServiceKitOptions = {},
  ): DynamicModule {
    return {
      module: CorrespondenceModule,
      imports: [
        ServiceKitModule.forRoot('correspondence', environment, options),
        LettersModule,
        DeliveryModule,
      ],
    };
  }
}
