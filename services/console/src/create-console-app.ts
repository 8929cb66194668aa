import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

import { correlationMiddleware } from '@libs/observability';

import { ConsoleEnvironment } from './config/console.environment';
import { ConsoleModule } from './console.module';
import { upstreamRoutes } from './gateway/domain/upstreams';
import { apiProxy } from './gateway/infrastructure/api-proxy.middleware';
import { singlePageApp, staticDirectory } from './web-app/infrastructure/single-page-app';

/**
 * The console: the API proxy first (bodies stream through unparsed, so Nest's body parser
 * is off), then its own routes, then the app's files and pages. Used by main.ts and tests.
 */
export async function createConsoleApp(environment: ConsoleEnvironment): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    ConsoleModule.register(environment),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(correlationMiddleware);
  const issuerOrigin = new URL(environment.OIDC_ISSUER).origin;
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          // The app talks to its own origin and, for tokens, to the sign-in provider.
          connectSrc: ["'self'", issuerOrigin],
          formAction: ["'self'", issuerOrigin],
          // A letter's PDF is previewed from an object URL of what the app fetched itself.
          frameSrc: ["'self'", 'blob:'],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  const targets = {
    intake: environment.INTAKE_URL,
    deadline: environment.DEADLINE_URL,
    correspondence: environment.CORRESPONDENCE_URL,
    survey: environment.SURVEY_URL,
    feedback: environment.FEEDBACK_URL,
    reporting: environment.REPORTING_URL,
  };
  for (const upstream of upstreamRoutes(targets)) {
    app.use(upstream.prefix, apiProxy(upstream, environment.UPSTREAM_TIMEOUT_MS));
  }
  for (const handler of singlePageApp(staticDirectory(environment.CONSOLE_STATIC_DIR))) {
    app.use(handler);
  }
  app.enableShutdownHooks();
  await app.init();
  return app;
}
