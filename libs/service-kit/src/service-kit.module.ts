import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { TerminusModule } from '@nestjs/terminus';
import { Connection } from 'mongoose';

import {
  AuditTrailService,
  PERSONAL_DATA_ACCESS_MODEL,
  PersonalDataAccessLog,
  personalDataAccessSchema,
} from '@libs/audit';
import { AuthModule } from '@libs/auth';
import { Clock, SystemClock } from '@libs/clock';
import { readTrustedIssuers, ServiceEnvironment } from '@libs/config';
import { ServiceName } from '@libs/contracts';
import { MessagingModule, messagingOptionsFrom } from '@libs/messaging';
import { StructuredLoggingModule } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

import { AuditTrailHttpController } from './audit/audit-trail.http.controller';
import { PersonalDataAccessHttpController } from './audit/personal-data-access.http.controller';
import { PersonalDataReadInterceptor } from './audit/personal-data-read.interceptor';
import { HealthController } from './health/health.controller';
import { NoStoreInterceptor } from './http/no-store.interceptor';

export interface ServiceKitOptions {
  /** A controlled clock (tests, scenario replays); the system clock otherwise. */
  clock?: Clock;
}

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
    options: ServiceKitOptions = {},
  ): DynamicModule {
    const environmentClass = environment.constructor as new () => E;
    return {
      module: ServiceKitModule,
      imports: [
        StructuredLoggingModule.forRoot({ service, level: environment.LOG_LEVEL }),
        MongooseModule.forRoot(environment.MONGO_URL, {
          dbName: environment.MONGO_DB,
          // An unreachable store answers 503 within this time instead of holding requests.
          serverSelectionTimeoutMS: environment.MONGO_UNAVAILABLE_AFTER_MS,
          // mongoose holds commands while disconnected; the same bound applies (not in its types)
          connectionFactory: (connection: Connection): Connection => {
            connection.set('bufferTimeoutMS', environment.MONGO_UNAVAILABLE_AFTER_MS);
            return connection;
          },
          maxPoolSize: environment.MONGO_MAX_POOL_SIZE,
          // The embedded store runs standalone: no sessions, no retryable writes.
          retryWrites: false,
        }),
        MongooseModule.forFeature([
          { name: PERSONAL_DATA_ACCESS_MODEL, schema: personalDataAccessSchema },
        ]),
        MessagingModule.forRoot(messagingOptionsFrom(service, environment)),
        TerminusModule,
        AuthModule.forRoot({
          issuer: environment.AUTH_ISSUER,
          audience: environment.AUTH_AUDIENCE,
          ...(environment.AUTH_JWKS_URL ? { jwksUrl: environment.AUTH_JWKS_URL } : {}),
          ...(environment.AUTH_PUBLIC_KEY ? { publicKeyPem: environment.AUTH_PUBLIC_KEY } : {}),
          ...(environment.AUTH_PUBLIC_KEY_FILE
            ? { publicKeyFile: environment.AUTH_PUBLIC_KEY_FILE }
            : {}),
          trustedIssuers: readTrustedIssuers(environment.AUTH_TRUSTED_ISSUERS).issuers,
          lifetime: {
            maxLifetimeSeconds: environment.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
            clockSkewSeconds: environment.AUTH_CLOCK_SKEW_SECONDS,
          },
          clientLimitPerMinute: environment.RATE_LIMIT_PER_MINUTE,
        }),
      ],
      controllers: [HealthController, AuditTrailHttpController, PersonalDataAccessHttpController],
      providers: [
        { provide: ServiceEnvironment, useValue: environment },
        { provide: environmentClass, useValue: environment },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: CommuneDirectory, useFactory: () => CommuneDirectory.load() },
        AuditTrailService,
        PersonalDataAccessLog,
        { provide: APP_INTERCEPTOR, useClass: NoStoreInterceptor },
        { provide: APP_INTERCEPTOR, useClass: PersonalDataReadInterceptor },
      ],
      exports: [ServiceEnvironment, environmentClass, Clock, CommuneDirectory],
    };
  }
}
