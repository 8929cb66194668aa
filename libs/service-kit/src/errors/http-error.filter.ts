import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { Response } from 'express';

import { DomainError, DomainErrorKind, FieldProblem } from '@libs/errors';
import { currentCorrelation } from '@libs/observability';
import { isStoreUnavailable } from '@libs/persistence';

/** Seconds a client is asked to wait before retrying while the store is unreachable. */
const STORE_RETRY_AFTER_SECONDS = 5;

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  gone: HttpStatus.GONE,
  'rate-limited': HttpStatus.TOO_MANY_REQUESTS,
};

export interface ErrorResponseBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldProblem[];
  correlationId?: string;
}

/**
 * One shape for every error answer. Internal errors are logged with their detail and
 * answered with a generic message, never the internal one.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      throw exception;
    }
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === (HttpStatus.SERVICE_UNAVAILABLE as number)) {
      response.setHeader('Retry-After', String(STORE_RETRY_AFTER_SECONDS));
    }
    const correlationId = currentCorrelation()?.correlationId;
    if (correlationId !== undefined) {
      body.correlationId = correlationId;
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorResponseBody {
    if (exception instanceof DomainError) {
      return {
        statusCode: STATUS_BY_KIND[exception.kind],
        code: exception.code,
        message: exception.message,
        ...(exception.fields.length > 0 ? { errors: exception.fields } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { statusCode: status, code: `HTTP.${status}`, message: exception.message };
    }
    if (isStoreUnavailable(exception)) {
      // an outage, not a bug: one line, no stack; readiness reports it too
      this.logger.warn(`Store unavailable: ${(exception as Error).message}`);
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'STORE.UNAVAILABLE',
        message: 'Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít phút.',
      };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL',
      message: 'Lỗi hệ thống, vui lòng thử lại sau.',
    };
  }
}
