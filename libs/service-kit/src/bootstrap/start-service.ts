import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

import { ServiceEnvironment } from '@libs/config';
import { KafkaEventServer } from '@libs/messaging';
import { correlationMiddleware } from '@libs/observability';

import { HttpErrorFilter } from '../errors/http-error.filter';
import { bodyParserErrorHandler, verifyJsonBody } from '../http/body-parser-errors';
import { keepIdleConnections } from '../http/keep-alive';
import { createRequestValidationPipe } from '../http/validation.pipe';

export interface ServiceDescription {
  name: string;
  title: string;
  description: string;
}

/** Swagger UI and the OpenAPI document: as configured; when unset, on except in production. */
export function swaggerEnabled(environment: ServiceEnvironment): boolean {
  return environment.SWAGGER_ENABLED === ''
    ? environment.NODE_ENV !== 'production'
    : environment.SWAGGER_ENABLED === 'true';
}

/**
 * Builds and starts one service: HTTP API with security headers, validation and error shape,
 * Swagger at /docs when enabled, the Kafka consumer transport, graceful shutdown. Used by
 * main.ts and by tests.
 */
export async function createServiceApp(
  module: DynamicModule,
  environment: ServiceEnvironment,
  description: ServiceDescription,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  keepIdleConnections(app.getHttpServer(), environment.HTTP_KEEP_ALIVE_MS);
  app.disable('x-powered-by');
  if (environment.TRUSTED_PROXIES.length > 0) {
    // request.ip, which the rate limits count by, then names the client behind the proxies
    app.set('trust proxy', environment.TRUSTED_PROXIES);
  }
  app.use(correlationMiddleware);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // Helmet's policy lets Swagger UI run (its scripts are files, its styles inline).
        // The services speak plain HTTP behind the TLS proxy and on 127.0.0.1 locally, where
        // upgrading every request to HTTPS would break the UI.
        directives: { upgradeInsecureRequests: null },
      },
    }),
  );
  app.useBodyParser('json', { limit: environment.HTTP_BODY_LIMIT, verify: verifyJsonBody });
  app.use(bodyParserErrorHandler);
  app.useGlobalPipes(createRequestValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();

  if (swaggerEnabled(environment)) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(description.title)
        .setDescription(description.description)
        .setVersion('1.0.0')
        .addBearerAuth()
        .addSecurityRequirements('bearer')
        .build(),
    );
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  }

  app.connectMicroservice({ strategy: app.get(KafkaEventServer) }, { inheritAppConfig: false });
  // Module init (topic creation, indexes) must finish before the consumers subscribe.
  await app.init();
  await app.startAllMicroservices();
  return app;
}

export async function startService(
  module: DynamicModule,
  environment: ServiceEnvironment,
  description: ServiceDescription,
): Promise<INestApplication> {
  const app = await createServiceApp(module, environment, description);
  await app.listen(environment.PORT, environment.HTTP_HOST);
  const base = `http://${environment.HTTP_HOST}:${environment.PORT}`;
  const docs = swaggerEnabled(environment) ? `API docs ${base}/docs, ` : '';
  app
    .get(Logger)
    .log(`${description.name} listening on ${base} (${docs}readiness ${base}/health/ready)`);
  return app;
}
