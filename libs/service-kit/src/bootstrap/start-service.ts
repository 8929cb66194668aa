import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ServiceEnvironment } from '@libs/config';
import { KafkaEventServer } from '@libs/messaging';
import { correlationMiddleware } from '@libs/observability';
import { Logger } from 'nestjs-pino';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { bodyParserErrorHandler } from '../http/body-parser-errors';
import { createRequestValidationPipe } from '../http/validation.pipe';

export interface ServiceDescription {
  name: string;
  title: string;
  description: string;
}

/**
 * Builds and starts one service: HTTP API with validation and error shape, Swagger at
 * /docs, the Kafka consumer transport, graceful shutdown. Used by main.ts and by tests.
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
  app.use(correlationMiddleware);
  app.useBodyParser('json', { limit: environment.HTTP_BODY_LIMIT });
  app.use(bodyParserErrorHandler);
  app.useGlobalPipes(createRequestValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();

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
  app
    .get(Logger)
    .log(
      `${description.name} listening on ${base} (API docs ${base}/docs, readiness ${base}/health/ready)`,
    );
  return app;
}
