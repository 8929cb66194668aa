import { randomUUID } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';

import { acceptCorrelationId, CORRELATION_HEADER, runWithCorrelation } from './correlation-context';

/**
 * Opens the correlation scope of an HTTP request. Registered before every other
 * middleware, so logs and emitted events inside the request carry the same id.
 */
export function correlationMiddleware(
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const correlationId = acceptCorrelationId(request.headers[CORRELATION_HEADER]);
  request.headers[CORRELATION_HEADER] = correlationId;
  runWithCorrelation({ correlationId, causationId: `request:${randomUUID()}` }, next);
}
