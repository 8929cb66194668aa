import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';

import { PUBLIC_ROUTE, Role, ROUTE_ROLES } from '@libs/auth';

/** One HTTP route of a running application, as Nest's own metadata declares it. */
export interface NestHttpRoute {
  /** `GET`, `POST`, …; another request method by its Nest number. */
  method: string;
  /** Express form, `/v1/dossiers/:dossierId`. */
  path: string;
  isPublic: boolean;
  /** The roles `@Roles` names; undefined when the route names none. */
  roles: Role[] | undefined;
}

const METHOD_NAMES: Partial<Record<RequestMethod, string>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.DELETE]: 'DELETE',
  [RequestMethod.PATCH]: 'PATCH',
};

function joinPath(...parts: (string | undefined)[]): string {
  return `/${parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter((segment) => segment.length > 0)
    .join('/')}`;
}

/**
 * Every HTTP route of an application, read from the controllers Nest registered, so a test
 * over all routes (the route audit, the fuzz run) covers a new one without listing it.
 */
export function nestHttpRoutes(app: INestApplication): NestHttpRoute[] {
  const reflector = app.get(Reflector);
  const routes: NestHttpRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) {
        continue;
      }
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') {
          continue;
        }
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as
          RequestMethod | undefined;
        if (requestMethod === undefined) {
          continue; // an @EventPattern handler, not an HTTP route
        }
        const targets = [handler, controller];
        routes.push({
          method: METHOD_NAMES[requestMethod] ?? String(requestMethod),
          path: joinPath(
            Reflect.getMetadata(PATH_METADATA, controller) as string,
            Reflect.getMetadata(PATH_METADATA, handler) as string,
          ),
          isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false,
          roles: reflector.getAllAndOverride<Role[] | undefined>(ROUTE_ROLES, targets),
        });
      }
    }
  }
  return routes;
}
