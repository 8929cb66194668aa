import { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

import { acceptCorrelationId, CORRELATION_HEADER, currentCorrelation } from './correlation-context';
import { REDACTED_LOG_PATHS, redactUrl } from './personal-data-redaction';

export interface StructuredLoggingOptions {
  service: string;
  level: string;
}

/** JSON logs with the service name and the correlation id on every line. */
@Module({})
export class StructuredLoggingModule {
  static forRoot(options: StructuredLoggingOptions): DynamicModule {
    return {
      module: StructuredLoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: options.level,
            base: { service: options.service },
            redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
            mixin: () => {
              const scope = currentCorrelation();
              return scope ? { correlationId: scope.correlationId } : {};
            },
            genReqId: (request: IncomingMessage, response: ServerResponse) => {
              const id = acceptCorrelationId(request.headers[CORRELATION_HEADER]);
              response.setHeader(CORRELATION_HEADER, id);
              return id;
            },
            autoLogging: {
              ignore: (request: IncomingMessage) => request.url?.startsWith('/health') ?? false,
            },
            serializers: {
              req: (request: { id: string; method: string; url: string }) => ({
                id: request.id,
                method: request.method,
                // Citizens' credentials travel in the path and the query; never log them.
                url: redactUrl(request.url),
              }),
            },
          },
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
