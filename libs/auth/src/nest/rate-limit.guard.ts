import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError } from '@libs/errors';
import { Response } from 'express';

/** Throttling with the standard Retry-After header (the library names it per throttler). */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire || detail.timeToExpire));
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    throw new DomainError(
      'REQUEST.RATE_LIMITED',
      'rate-limited',
      `Quá nhiều yêu cầu, vui lòng thử lại sau ${seconds} giây.`,
    );
  }
}
