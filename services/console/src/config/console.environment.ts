import { IsIn, IsInt, IsNotEmpty, IsString, IsUrl, Max, Min } from 'class-validator';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/**
 * The console: the browser's one origin. It serves the built single-page app and passes
 * /api/<service>/… to the services, so it needs their addresses and the sign-in provider's,
 * but no store, broker or signing key (the services verify every token themselves).
 */
export class ConsoleEnvironment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  @IsString()
  @IsNotEmpty()
  HTTP_HOST: string = '127.0.0.1';

  /** 3000: the address the realm's `console` client redirects to after sign-in. */
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsUrl(URL_OPTIONS, { message: 'INTAKE_URL must be an http(s) URL' })
  INTAKE_URL: string = 'http://127.0.0.1:3001';

  @IsUrl(URL_OPTIONS, { message: 'DEADLINE_URL must be an http(s) URL' })
  DEADLINE_URL: string = 'http://127.0.0.1:3002';

  @IsUrl(URL_OPTIONS, { message: 'CORRESPONDENCE_URL must be an http(s) URL' })
  CORRESPONDENCE_URL: string = 'http://127.0.0.1:3003';

  @IsUrl(URL_OPTIONS, { message: 'SURVEY_URL must be an http(s) URL' })
  SURVEY_URL: string = 'http://127.0.0.1:3004';

  @IsUrl(URL_OPTIONS, { message: 'FEEDBACK_URL must be an http(s) URL' })
  FEEDBACK_URL: string = 'http://127.0.0.1:3005';

  @IsUrl(URL_OPTIONS, { message: 'REPORTING_URL must be an http(s) URL' })
  REPORTING_URL: string = 'http://127.0.0.1:3006';

  /** How long a proxied request may wait for its service before the console answers 504. */
  @IsInt()
  @Min(1000)
  @Max(300_000)
  UPSTREAM_TIMEOUT_MS: number = 30_000;

  /** The OpenID Connect issuer the browser signs in with (Authorization Code with PKCE). */
  @IsUrl(URL_OPTIONS, { message: 'OIDC_ISSUER must be an http(s) URL' })
  OIDC_ISSUER: string = 'http://127.0.0.1:8180/realms/chinh-quyen-than-thien';

  /** The realm's public client for the console (deploy/keycloak/realm-…json). */
  @IsString()
  @IsNotEmpty()
  OIDC_CLIENT_ID: string = 'console';

  /** The built app (index.html and assets); empty: the build beside the compiled server. */
  @IsString()
  CONSOLE_STATIC_DIR: string = '';
}
