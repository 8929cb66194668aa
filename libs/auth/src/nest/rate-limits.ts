import { applyDecorators } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { Public } from './auth.decorators';

/** Per client address, every route. */
export const CLIENT_THROTTLER = 'client';
/** Per citizen credential (dossier code, survey token) on the public routes that take one. */
export const CREDENTIAL_THROTTLER = 'credential';

export const PUBLIC_LIMIT_PER_MINUTE = 30;
export const CREDENTIAL_LIMIT_PER_MINUTE = 10;

/** Route parameters that carry a citizen's credential. */
export const CREDENTIAL_PARAMS = ['dossierCode', 'surveyToken', 'token'] as const;

/**
 * A route open to citizens without an account, limited per client address and per
 * credential; over the limit answers 429 with Retry-After.
 */
export const PublicEndpoint = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    Public(),
    Throttle({
      [CLIENT_THROTTLER]: { limit: PUBLIC_LIMIT_PER_MINUTE, ttl: 60_000 },
      [CREDENTIAL_THROTTLER]: { limit: CREDENTIAL_LIMIT_PER_MINUTE, ttl: 60_000 },
    }),
  );
