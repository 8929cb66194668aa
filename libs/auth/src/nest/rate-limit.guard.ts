import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModuleOptions,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { Response } from 'express';
import { decodeJwt } from 'jose';

import { DomainError } from '@libs/errors';

import { TokenVerifier } from '../domain/token-verifier';
import { AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators';

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/;
/** The role whose requests the per-address limits leave alone (docs/security.md). */
const UNTHROTTLED_ROLE = 'system';

/**
 * Throttling with the standard Retry-After header (the library names it per throttler).
 * An authenticated `system` principal (historical import, the scenario runner) is not held
 * to the per-address limits of authenticated routes; public routes limit everyone.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return (await super.shouldSkip(context)) || this.isSystemCaller(context);
  }

  /**
   * Only a token that claims the role is verified here, before counting; one that fails
   * verification is counted like any other request (and refused by the auth guard).
   */
  private async isSystemCaller(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return false;
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      return false;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token || !claimsRole(token, UNTHROTTLED_ROLE)) {
      return false;
    }
    try {
      return (await this.verifier.verify(token)).roles.includes(UNTHROTTLED_ROLE);
    } catch {
      return false;
    }
  }

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

/** An unverified look at the token's roles claim: cheap, and only decides whether to verify. */
function claimsRole(token: string, role: string): boolean {
  try {
    const { roles } = decodeJwt(token);
    return Array.isArray(roles) && roles.includes(role);
  } catch {
    return false;
  }
}
