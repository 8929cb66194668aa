import { DynamicModule, Module } from '@nestjs/common';

import { ServiceKitModule, ServiceKitOptions } from '@libs/service-kit';

import { BirthRegistrationModule } from './birth-registration/birth-registration.module';
import { IntakeEnvironment } from './config/intake.environment';
import { DossiersModule } from './dossiers/dossiers.module';
import { LookupModule } from './lookup/lookup.module';
import { OnlineSubmissionsModule } from './online-submissions/online-submissions.module';
import { ProceduresModule } from './procedures/procedures.module';
import { QueueModule } from './queue/queue.module';

@Module({})
export class IntakeModule {
  static register(environment: IntakeEnvironment, options: ServiceKitOptions = {}): DynamicModule {
    return {
      module: IntakeModule,
      imports: [
        ServiceKitModule.forRoot('intake', environment, options),
        BirthRegistrationModule,
        ProceduresModule,
        DossiersModule,
        LookupModule,
        QueueModule,
        OnlineSubmissionsModule,
      ],
    };
  }
}
