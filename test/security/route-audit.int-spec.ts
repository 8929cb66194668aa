import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { ROLES } from '@libs/auth';
import { NestHttpRoute, nestHttpRoutes, TestRun } from '@libs/testing';

import { START_SERVICE } from '../support/services';

/**
 * Routes open to citizens without an account. Adding a public route means adding it here,
 * on purpose; everything else must refuse a missing token and a wrong role.
 */
const PUBLIC_ALLOW_LIST = new Set([
  ...['intake', 'deadline', 'correspondence', 'survey', 'feedback', 'reporting'].flatMap(
    (service) => [`${service} GET /health/live`, `${service} GET /health/ready`],
  ),
  'intake GET /v1/procedures',
  'intake GET /v1/public/conduct-code',
  'intake GET /v1/public/dossiers/:dossierCode',
  'survey GET /v1/public/surveys/:surveyToken',
  'survey POST /v1/public/surveys/:surveyToken/answers',
  'feedback POST /v1/public/feedback',
  'feedback GET /v1/public/answers',
]);

interface Route extends NestHttpRoute {
  service: string;
}

/** Every HTTP route of an application, read from Nest's own metadata. */
function httpRoutes(service: string, app: INestApplication): Route[] {
  return nestHttpRoutes(app).map((route) => ({ service, ...route }));
}

function concretePath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) =>
    name.toLowerCase().endsWith('id') ? randomUUID() : 'KHONG-CO-0000',
  );
}

describe('route audit: every route of every service is either public on purpose or protected', () => {
  const run = new TestRun();
  const { authority } = run;
  const apps = new Map<string, INestApplication>();
  const routes: Route[] = [];

  beforeAll(async () => {
    for (const [name, start] of Object.entries(START_SERVICE)) {
      const app = await start(run);
      apps.set(name, app);
      routes.push(...httpRoutes(name, app));
    }
  });

  afterAll(() => run.cleanUp());

  it('should find the routes of all six services', () => {
    const services = new Set(routes.map((route) => route.service));
    expect([...services].sort()).toEqual([
      'correspondence',
      'deadline',
      'feedback',
      'intake',
      'reporting',
      'survey',
    ]);
    expect(routes.filter((route) => !route.isPublic).length).toBeGreaterThan(0);
  });

  it('should open to the public only the routes on the allow-list', () => {
    const publicRoutes = routes
      .filter((route) => route.isPublic)
      .map((route) => `${route.service} ${route.method} ${route.path}`);
    expect(publicRoutes.filter((route) => !PUBLIC_ALLOW_LIST.has(route))).toEqual([]);
  });

  it('should declare the roles of every non-public route', () => {
    const undeclared = routes
      .filter((route) => !route.isPublic && (route.roles === undefined || route.roles.length === 0))
      .map((route) => `${route.service} ${route.method} ${route.path}`);
    expect(undeclared).toEqual([]);
  });

  it('should refuse a missing token with 401 and a wrong role with 403 on every non-public route', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      const server = apps.get(route.service)?.getHttpServer() as Parameters<typeof request>[0];
      const path = concretePath(route.path);
      const call = () => request(server)[route.method.toLowerCase() as 'get'](path);
      const anonymous = await call().send({});
      if (anonymous.status !== 401) {
        failures.push(
          `${route.service} ${route.method} ${route.path}: no token gave ${anonymous.status}`,
        );
      }
      const otherRole = ROLES.find((role) => !(route.roles ?? []).includes(role));
      if (otherRole) {
        const authorization = await authority.bearer({
          roles: [otherRole],
          communes: ['14797'],
          province: '38',
        });
        const wrongRole = await call().set('Authorization', authorization).send({});
        if (wrongRole.status !== 403) {
          failures.push(
            `${route.service} ${route.method} ${route.path}: role ${otherRole} gave ${wrongRole.status}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
