import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';

import { checkedIdempotencyKey } from '../domain/idempotency';

/**
 * The request's Idempotency-Key header, checked (400 REQUEST.INVALID when malformed);
 * undefined when the client sent none.
 */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
    return checkedIdempotencyKey(Array.isArray(value) ? value.join(', ') : value);
  },
);
