import { DynamicModule, Module } from '@nestjs/common';

import { ServiceKitModule, ServiceKitOptions } from '@libs/service-kit';

import { ReportingEnvironment } from './config/reporting.environment';
import { ProjectionsModule } from './projections/projections.module';
import { ReportsModule } from './reports/reports.module';

@Module({})
export class ReportingModule {
  static register(
    environment: ReportingEnvironment,
    options: ServiceKitOptions = {},
  ): DynamicModule {
    return {
      module: ReportingModule,
      imports: [
        ServiceKitModule.forRoot('reporting', environment, options),
        ProjectionsModule,
        ReportsModule,
      ],
    };
  }
}
