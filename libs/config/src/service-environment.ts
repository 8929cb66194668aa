import 'reflect-metadata';

import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

import { KafkaEnvironment } from './kafka-environment';
import { splitList } from './split-list';
import { IsTrustedIssuerList } from './trusted-issuers';
import { IsTrustedProxyList } from './trusted-proxies';

/**
 * Settings every service shares. Each service extends it with its own defaults
 * (port, database name) and settings; nothing else reads `process.env`.
 */
export class ServiceEnvironment extends KafkaEnvironment {
  @IsString()
  @IsNotEmpty()
  HTTP_HOST: string = '127.0.0.1';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  @Matches(/^\d+(kb|mb)$/, { message: 'HTTP_BODY_LIMIT must look like 100kb or 1mb' })
  HTTP_BODY_LIMIT: string = '100kb';

  /**
   * How long an idle kept-alive connection stays open, in ms. Longer than the idle timeout of
   * any client in front (Node's agents keep 5 s, the console's proxy, a load balancer's 60 s):
   * at Node's default of 5 s a client could reuse a connection the service was closing at that
   * instant, and its request failed with ECONNRESET.
   */
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  HTTP_KEEP_ALIVE_MS: number = 65_000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /**
   * Swagger UI at /docs and the OpenAPI document at /docs-json: `true` or `false`; when
   * unset, served except in production (NODE_ENV=production).
   */
  @IsIn(['', 'true', 'false'], { message: 'SWAGGER_ENABLED must be true or false' })
  SWAGGER_ENABLED: string = '';

  @Matches(/^mongodb(\+srv)?:\/\/.+/, { message: 'MONGO_URL must be a mongodb:// URL' })
  MONGO_URL: string = 'mongodb://127.0.0.1:27017';

  /**
   * Connections per process. Both the embedded store and MongoDB isolate single-document
   * updates (the store conformance suite proves it), so requests run concurrently.
   */
  @IsInt()
  @Min(1)
  @Max(200)
  MONGO_MAX_POOL_SIZE: number = 10;

  /**
   * How long a request waits for an unreachable store before answering 503 with
   * Retry-After. A replica-set election takes longer: clients retry, nothing is half-written.
   */
  @IsInt()
  @Min(100)
  @Max(30000)
  MONGO_UNAVAILABLE_AFTER_MS: number = 800;

  @Matches(/^[A-Za-z0-9_-]{1,60}$/, { message: 'MONGO_DB must be a plain database name' })
  MONGO_DB: string = '';

  @Matches(/^[A-Za-z0-9._-]*$/, { message: 'KAFKA_GROUP_ID may use letters, digits, . _ -' })
  KAFKA_GROUP_ID: string = '';

  @IsInt()
  @Min(1)
  @Max(20)
  CONSUMER_MAX_ATTEMPTS: number = 5;

  @IsInt()
  @Min(10)
  @Max(60000)
  CONSUMER_RETRY_BASE_MS: number = 200;

  /**
   * The relay's sweep for events whose writer's hint was lost (a crash, another replica):
   * writers hand the relay their ids at once; the sweep reads the `outboxPending` index.
   */
  @IsInt()
  @Min(10)
  @Max(60000)
  OUTBOX_POLL_INTERVAL_MS: number = 1000;

  @IsInt()
  @Min(1)
  @Max(1000)
  OUTBOX_BATCH_SIZE: number = 100;

  @IsString()
  @IsNotEmpty()
  AUTH_ISSUER: string = 'local-dev';

  @IsString()
  @IsNotEmpty()
  AUTH_AUDIENCE: string = 'chinh-quyen-than-thien';

  /** JWKS address of the OpenID Connect provider (e.g. Keycloak) in production. */
  @ValidateIf((environment: ServiceEnvironment) => environment.AUTH_JWKS_URL !== '')
  @IsUrl({ require_tld: false }, { message: 'AUTH_JWKS_URL must be a URL' })
  AUTH_JWKS_URL: string = '';

  /** A PEM public key, inline; for deployments without JWKS. */
  @IsString()
  AUTH_PUBLIC_KEY: string = '';

  /** A file holding the PEM public key (local use: `npm run token -- --init`). */
  @ValidateIf(
    (environment: ServiceEnvironment) =>
      environment.AUTH_JWKS_URL === '' && environment.AUTH_PUBLIC_KEY === '',
  )
  @IsNotEmpty({ message: 'set AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_PUBLIC_KEY_FILE' })
  AUTH_PUBLIC_KEY_FILE: string = '';

  /**
   * Further issuers trusted beside AUTH_ISSUER, each with its own key source, as a JSON array:
   * `[{"issuer":"<iss>","jwksUrl":"<JWKS URL>"}]` or `{"issuer":"<iss>","publicKeyFile":"<path>"}`.
   * Locally, Keycloak beside the signing key of `npm run token` (deploy/local/run-system.sh).
   */
  @IsTrustedIssuerList()
  AUTH_TRUSTED_ISSUERS: string = '';

  /**
   * The longest token lifetime accepted, in seconds: `exp − iat`, or `exp − now` for a
   * token without `iat`. Tokens without `exp` are refused. 12 hours covers a working day.
   */
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: number = 12 * 3600;

  /** Clock difference tolerated with the identity provider on `exp`, `nbf` and `iat`. */
  @IsInt()
  @Min(0)
  @Max(300)
  AUTH_CLOCK_SKEW_SECONDS: number = 30;

  /** Requests per minute per client address on authenticated routes. */
  @IsInt()
  @Min(1)
  @Max(100000)
  RATE_LIMIT_PER_MINUTE: number = 600;

  /**
   * The proxies in front of the service (the console, an ingress) whose X-Forwarded-For names the
   * client that rate limits count: IP addresses, CIDR ranges, or `loopback`, `linklocal`,
   * `uniquelocal`. Empty: none, so a caller cannot choose the address it is counted under.
   */
  @Transform(splitList)
  @IsTrustedProxyList()
  TRUSTED_PROXIES: string[] = [];
}
