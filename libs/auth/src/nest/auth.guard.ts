import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { DomainError } from '@libs/errors';

import { hasAnyRole, Role } from '../domain/principal';
import { UntrustedTokenError } from '../domain/token-claims';
import { TokenVerifier } from '../domain/token-verifier';
import { AuthenticatedRequest, PUBLIC_ROUTE, ROUTE_ROLES } from './auth.decorators';

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/;

/**
 * Every HTTP route needs a verified bearer token and one of its declared roles, unless it
 * is marked @Public(). A route that declares neither is refused (fail closed).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return true; // Kafka consumers are trusted by network and ACLs, not by tokens.
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match?.[1]) {
      throw new DomainError(
        'AUTH.TOKEN_REQUIRED',
        'unauthenticated',
        'Cần đăng nhập để thực hiện thao tác này.',
      );
    }
    try {
      request.principal = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof UntrustedTokenError) {
        this.logger.warn(`Refused a token: ${error.message}`);
        throw new DomainError(
          'AUTH.TOKEN_INVALID',
          'unauthenticated',
          'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.',
        );
      }
      throw error;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROUTE_ROLES, targets);
    if (!roles || !hasAnyRole(request.principal, roles)) {
      throw new DomainError(
        'AUTH.ROLE_FORBIDDEN',
        'forbidden',
        'Tài khoản không có quyền thực hiện thao tác này.',
      );
    }
    return true;
  }
}
