import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';

import { TokenVerifier, TokenVerifierSettings } from '../domain/token-verifier';
import { AuthGuard } from './auth.guard';
import { RateLimitGuard } from './rate-limit.guard';
import { rateLimitThrottlers } from './rate-limits';

export interface AuthOptions extends TokenVerifierSettings {
  /** Requests per minute per client address on authenticated routes. */
  clientLimitPerMinute: number;
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
          throttlers: rateLimitThrottlers(options.clientLimitPerMinute),
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
