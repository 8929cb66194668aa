import { DynamicModule, Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TerminusModule } from '@nestjs/terminus';
import { Clock, SystemClock } from '@libs/clock';
import { ServiceEnvironment } from '@libs/config';
import { ServiceName } from '@libs/contracts';
import { MessagingModule, messagingOptionsFrom } from '@libs/messaging';
import { StructuredLoggingModule } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';
import { HealthController } from './health/health.controller';

/**
 * What every service has: validated configuration, JSON logs, its own MongoDB database,
 * Kafka with the outbox relay and consumer transport, health probes, the clock and the
 * commune directory.
 */
@Global()
@Module({})
export class ServiceKitModule {
  static forRoot<E extends ServiceEnvironment>(
    service: ServiceName,
    environment: E,
  ): DynamicModule {
    const environmentClass = environment.constructor as new () => E;
    return {
      module: ServiceKitModule,
      imports: [
        StructuredLoggingModule.forRoot({ service, level: environment.LOG_LEVEL }),
        MongooseModule.forRoot(environment.MONGO_URL, {
          dbName: environment.MONGO_DB,
          serverSelectionTimeoutMS: 5000,
          // FerretDB runs standalone: no sessions, no retryable writes.
          retryWrites: false,
        }),
        MessagingModule.forRoot(messagingOptionsFrom(service, environment)),
        TerminusModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: ServiceEnvironment, useValue: environment },
        { provide: environmentClass, useValue: environment },
        { provide: Clock, useClass: SystemClock },
        { provide: CommuneDirectory, useFactory: () => CommuneDirectory.load() },
      ],
      exports: [ServiceEnvironment, environmentClass, Clock, CommuneDirectory],
    };
  }
}
