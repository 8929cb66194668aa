import { DynamicModule, Module } from '@nestjs/common';

import { ServiceKitModule, ServiceKitOptions } from '@libs/service-kit';

import { DeadlineEnvironment } from './config/deadline.environment';
import { FiguresModule } from './figures/figures.module';
import { RescheduleModule } from './reschedule/reschedule.module';
import { TimersModule } from './timers/timers.module';
import { TrackingModule } from './tracking/tracking.module';

@Module({})
export class DeadlineModule {
  static register(
    environment: DeadlineEnvironment,
    options: ServiceKitOptions = {},
  ): DynamicModule {
    return {
      module: DeadlineModule,
      imports: [
        ServiceKitModule.forRoot('deadline', environment, options),
        TrackingModule,
        TimersModule,
        RescheduleModule,
        FiguresModule,
      ],
    };
  }
}
