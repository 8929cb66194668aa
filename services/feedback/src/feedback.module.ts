import { DynamicModule, Module } from '@nestjs/common';

import { ServiceKitModule, ServiceKitOptions } from '@libs/service-kit';

import { BoxesModule } from './boxes/boxes.module';
import { CasesModule } from './cases/cases.module';
import { FeedbackEnvironment } from './config/feedback.environment';
import { OpeningsModule } from './openings/openings.module';
import { ReceptionsModule } from './receptions/receptions.module';

@Module({})
export class FeedbackModule {
  static register(
    environment: FeedbackEnvironment,
    options: ServiceKitOptions = {},
  ): DynamicModule {
    return {
      module: FeedbackModule,
      imports: [
        ServiceKitModule.forRoot('feedback', environment, options),
        CasesModule,
        BoxesModule,
        OpeningsModule,
        ReceptionsModule,
      ],
    };
  }
}
