import { createHash } from 'node:crypto';
import { applyDecorators, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { normalizeIp, Throttle, ThrottlerOptions } from '@nestjs/throttler';

import { Public } from './auth.decorators';

/** Per client address: every route, and all credential routes of a service together. */
export const CLIENT_THROTTLER = 'client';
/** Per client address and credential: a stranger's wrong guesses spend only their own budget. */
export const CLIENT_CREDENTIAL_THROTTLER = 'client-credential';
/** Per credential, whoever asks: bounds guessing spread over many addresses. */
export const CREDENTIAL_THROTTLER = 'credential';

const MINUTE_MS = 60_000;
/** Requests per minute per client address on a public route (all credential routes count together). */
export const PUBLIC_LIMIT_PER_MINUTE = 30;
/** Attempts per minute by one client address at one credential. */
export const CLIENT_CREDENTIAL_LIMIT_PER_MINUTE = 10;
/**
 * Attempts per minute at one credential from all addresses together. A stranger needs this
 * many requests a minute, so at least 12 addresses at the pair limit, to keep a citizen out.
 */
export const CREDENTIAL_LIMIT_PER_MINUTE = 120;

/** Longer path parameters are cut before canonicalising; no credential is this long. */
const MAX_CREDENTIAL_LENGTH = 200;
const CREDENTIAL_ROUTE = 'rate-limit:credential';

/** The route parameter that carries a citizen's credential, and its one canonical spelling. */
export interface CredentialParam {
  param: string;
  /** Every spelling the service accepts for one credential maps to the same text. */
  canonical: (raw: string) => string;
}

/**
 * A route open to citizens without an account, limited per client address; a route whose
 * path carries a credential (dossier code, survey token) is also limited per client and
 * credential and per credential. Over a limit answers 429 with Retry-After.
 */
export const PublicEndpoint = (credential?: CredentialParam): MethodDecorator & ClassDecorator =>
  applyDecorators(
    Public(),
    ...(credential ? [SetMetadata(CREDENTIAL_ROUTE, credential)] : []),
    Throttle({ [CLIENT_THROTTLER]: { limit: PUBLIC_LIMIT_PER_MINUTE, ttl: MINUTE_MS } }),
  );

const reflector = new Reflector();

function credentialRouteOf(context: ExecutionContext): CredentialParam | undefined {
  return reflector.getAllAndOverride<CredentialParam | undefined>(CREDENTIAL_ROUTE, [
    context.getHandler(),
    context.getClass(),
  ]);
}

/** The canonical credential a request names, or undefined on routes without one. */
export function credentialOf(context: ExecutionContext): string | undefined {
  const route = credentialRouteOf(context);
  if (!route) {
    return undefined;
  }
  const request = context.switchToHttp().getRequest<{ params?: Record<string, unknown> }>();
  const raw = request.params?.[route.param];
  return typeof raw === 'string' ? route.canonical(raw.slice(0, MAX_CREDENTIAL_LENGTH)) : '';
}

function clientAddress(request: Record<string, unknown>): string {
  const ip = request.ip;
  // IPv6 clients count per /64, as the library does: one subscriber holds the whole prefix.
  return typeof ip === 'string' && ip.length > 0 ? normalizeIp(ip) : 'unknown';
}

function storageKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

const withoutCredential = (context: ExecutionContext): boolean =>
  credentialOf(context) === undefined;

/**
 * The service's limits. Credential counters are keyed without the route, so the GET and
 * POST of one survey code share one budget, and a client's requests on all credential
 * routes count together against its limit (spraying many codes from one address).
 */
export function rateLimitThrottlers(clientLimitPerMinute: number): ThrottlerOptions[] {
  return [
    {
      name: CLIENT_THROTTLER,
      ttl: MINUTE_MS,
      limit: clientLimitPerMinute,
      getTracker: clientAddress,
      generateKey: (context, tracker, name) =>
        credentialRouteOf(context)
          ? storageKey(name, 'credential-routes', tracker)
          : storageKey(name, context.getClass().name, context.getHandler().name, tracker),
    },
    {
      name: CLIENT_CREDENTIAL_THROTTLER,
      ttl: MINUTE_MS,
      limit: CLIENT_CREDENTIAL_LIMIT_PER_MINUTE,
      skipIf: withoutCredential,
      getTracker: (request, context) =>
        storageKey(clientAddress(request), credentialOf(context) ?? ''),
      generateKey: (_context, tracker, name) => storageKey(name, tracker),
    },
    {
      name: CREDENTIAL_THROTTLER,
      ttl: MINUTE_MS,
      limit: CREDENTIAL_LIMIT_PER_MINUTE,
      skipIf: withoutCredential,
      getTracker: (_request, context) => credentialOf(context) ?? '',
      generateKey: (_context, tracker, name) => storageKey(name, tracker),
    },
  ];
}
