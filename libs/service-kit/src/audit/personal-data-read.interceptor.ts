import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { concatMap, Observable } from 'rxjs';

import {
  PERSONAL_DATA_READ,
  PersonalDataAccessLog,
  PersonalDataReadRoute,
  personalDataSubjectsOf,
} from '@libs/audit';
import { AuthenticatedRequest } from '@libs/auth';
import { Clock } from '@libs/clock';
import { currentCorrelation } from '@libs/observability';
import { CommuneDirectory } from '@libs/reference-data';

const MAX_USER_AGENT_LENGTH = 300;

/**
 * Writes an access-log entry for every record a `@PersonalDataRead` route answers, and
 * answers only once the entries are stored: a read that cannot be logged fails (503 while
 * the store is away) instead of leaving no trace.
 */
@Injectable()
export class PersonalDataReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly log: PersonalDataAccessLog,
    private readonly clock: Clock,
    private readonly directory: CommuneDirectory,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<PersonalDataReadRoute | undefined>(
      PERSONAL_DATA_READ,
      context.getHandler(),
    );
    if (!route || context.getType() !== 'http') {
      return next.handle();
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return next.handle().pipe(
      concatMap(async (body: unknown) => {
        await this.record(route, request, body);
        return body;
      }),
    );
  }

  private async record(
    route: PersonalDataReadRoute,
    request: AuthenticatedRequest,
    body: unknown,
  ): Promise<void> {
    const subjects = personalDataSubjectsOf(body, route.idField);
    const path = `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`;
    if (!subjects) {
      throw new Error(`${path} answered a ${route.recordKind} without communeCode and id`);
    }
    const at = this.clock.now();
    const userAgent = request.headers['user-agent']?.slice(0, MAX_USER_AGENT_LENGTH);
    const correlationId = currentCorrelation()?.correlationId;
    await this.log.record(
      subjects.map(({ communeCode, recordId }) => {
        const provinceCode = this.directory.find(communeCode)?.provinceCode;
        return {
          at,
          subject: request.principal?.subject ?? 'anonymous',
          roles: request.principal?.roles ?? [],
          recordKind: route.recordKind,
          recordId,
          communeCode,
          ...(provinceCode ? { provinceCode } : {}),
          route: path,
          ...(request.ip ? { clientAddress: request.ip } : {}),
          ...(userAgent ? { userAgent } : {}),
          ...(correlationId ? { correlationId } : {}),
        };
      }),
    );
  }
}
