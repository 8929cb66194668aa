import { DynamicModule, Module } from '@nestjs/common';

import { StructuredLoggingModule } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { ConsoleEnvironment } from './config/console.environment';
import { HealthHttpController } from './health/health.http.controller';
import { CommunesHttpController } from './web-app/api/communes.http.controller';
import { ConsoleConfigHttpController } from './web-app/api/console-config.http.controller';

/** The console's own routes; the proxy and the app's files are Express middleware (main.ts). */
@Module({})
export class ConsoleModule {
  static register(environment: ConsoleEnvironment): DynamicModule {
    return {
      module: ConsoleModule,
      imports: [
        StructuredLoggingModule.forRoot({ service: 'console', level: environment.LOG_LEVEL }),
      ],
      controllers: [HealthHttpController, ConsoleConfigHttpController, CommunesHttpController],
      providers: [
        { provide: ConsoleEnvironment, useValue: environment },
        { provide: CommuneDirectory, useFactory: () => CommuneDirectory.load() },
      ],
    };
  }
}
