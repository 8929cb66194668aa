import { applyDecorators, Delete, Get, HttpCode, Patch, Post, Put, Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiHeader,
  ApiOperation,
  ApiProduces,
  ApiResponse,
} from '@nestjs/swagger';

import { CredentialParam, PublicEndpoint, Role, Roles } from '@libs/auth';

const VERBS = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete } as const;

/** Who may call a route: some roles, or anyone (rate-limited, on the route audit's allow-list). */
export type RouteAccess =
  | { roles: readonly [Role, ...Role[]]; public?: never }
  | { public: true | CredentialParam; roles?: never };

export type RouteOptions = RouteAccess & {
  method: keyof typeof VERBS;
  /** Below the controller's prefix; none for the prefix itself. */
  path?: string;
  summary?: string;
  /** The answer's body, `[Dto]` for a list; documented under `status`. */
  returns?: Type<unknown> | [Type<unknown>];
  /** Sets the status code; without it Nest answers 201 to POST and 200 to the rest. */
  status?: number;
  /** Documents the Idempotency-Key header: what a repeated key gives (`Same key, same case`). */
  idempotent?: string;
  /** A repeated request answers 200 with the first answer: true, or what a repeat is. */
  replay?: true | string;
  /** What a 409 means on this route. */
  conflict?: string;
  /** The media types the route answers when not only JSON (`application/pdf`). */
  produces?: string[];
};

const REPLAY = 'Replay of an earlier request';

/**
 * One route's verb, path, access, status code and OpenAPI operation in one place, after
 * immich's `@Endpoint`. Unusual metadata (parameters, headers, audit) stays beside it.
 */
export function Route(options: RouteOptions): MethodDecorator {
  const status = options.status ?? (options.method === 'POST' ? 201 : 200);
  const decorators: MethodDecorator[] = [
    VERBS[options.method](options.path),
    options.public
      ? PublicEndpoint(options.public === true ? undefined : options.public)
      : Roles(...options.roles),
  ];
  if (options.status !== undefined) {
    decorators.push(HttpCode(options.status));
  }
  if (options.summary !== undefined) {
    decorators.push(ApiOperation({ summary: options.summary }));
  }
  if (options.produces) {
    decorators.push(ApiProduces(...options.produces));
  }
  if (options.idempotent !== undefined) {
    decorators.push(
      ApiHeader({ name: 'Idempotency-Key', required: false, description: options.idempotent }),
    );
  }
  const body = options.returns ? { type: options.returns } : {};
  if (options.returns) {
    decorators.push(ApiResponse({ status, ...body }));
  }
  if (options.replay !== undefined) {
    const description = options.replay === true ? REPLAY : options.replay;
    decorators.push(ApiResponse({ status: 200, ...body, description }));
  }
  if (options.conflict !== undefined) {
    decorators.push(ApiConflictResponse({ description: options.conflict }));
  }
  return applyDecorators(...decorators);
}
