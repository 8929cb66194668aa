import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { Request } from 'express';
import { TokenVerifier, TokenVerifierSettings } from '../domain/token-verifier';
import { AuthGuard } from './auth.guard';
import { RateLimitGuard } from './rate-limit.guard';
import { CLIENT_THROTTLER, CREDENTIAL_PARAMS, CREDENTIAL_THROTTLER } from './rate-limits';

export interface AuthOptions extends TokenVerifierSettings {
  /** Requests per minute per client address on authenticated routes. */
  clientLimitPerMinute: number;
}

function credentialOf(request: Record<string, unknown>): string | undefined {
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  return CREDENTIAL_PARAMS.map((name) => params[name]).find((value) => value !== undefined);
}

/** Bearer-token authentication, role checks and rate limits for every HTTP route. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        ThrottlerModule.forRoot({
          errorMessage: 'Quá nhiều yêu cầu, vui lòng thử lại sau.',
          throttlers: [
            {
              name: CLIENT_THROTTLER,
              ttl: 60_000,
              limit: options.clientLimitPerMinute,
              getTracker: (request: Record<string, unknown>) =>
                (request as unknown as Request).ip ?? 'unknown',
            },
            {
              name: CREDENTIAL_THROTTLER,
              ttl: 60_000,
              limit: options.clientLimitPerMinute,
              getTracker: (request: Record<string, unknown>) => credentialOf(request) ?? '',
              skipIf: (context) =>
                credentialOf(context.switchToHttp().getRequest<Record<string, unknown>>()) ===
                undefined,
            },
          ],
        }),
      ],
      providers: [
        { provide: TokenVerifier, useFactory: () => TokenVerifier.create(options) },
        // Order matters: limits apply before the (costlier) token verification.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenVerifier],
    };
  }
}
