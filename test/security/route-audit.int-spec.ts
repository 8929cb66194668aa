import { randomUUID } from 'node:crypto';
import { DynamicModule, INestApplication } from '@nestjs/common';
import request from 'supertest';

import { ROLES } from '@libs/auth';
import { ServiceEnvironment, validateEnvironment } from '@libs/config';
import { createServiceApp } from '@libs/service-kit';
import { NestHttpRoute, nestHttpRoutes, TestAuthority, testInfrastructure } from '@libs/testing';

import { CorrespondenceEnvironment } from '../../services/correspondence/src/config/correspondence.environment';
import { CorrespondenceModule } from '../../services/correspondence/src/correspondence.module';
import { DeadlineEnvironment } from '../../services/deadline/src/config/deadline.environment';
import { DeadlineModule } from '../../services/deadline/src/deadline.module';
import { FeedbackEnvironment } from '../../services/feedback/src/config/feedback.environment';
import { FeedbackModule } from '../../services/feedback/src/feedback.module';
import { IntakeEnvironment } from '../../services/intake/src/config/intake.environment';
import { IntakeModule } from '../../services/intake/src/intake.module';
import { ReportingEnvironment } from '../../services/reporting/src/config/reporting.environment';
import { ReportingModule } from '../../services/reporting/src/reporting.module';
import { SurveyEnvironment } from '../../services/survey/src/config/survey.environment';
import { SurveyModule } from '../../services/survey/src/survey.module';

/**
 * Routes open to citizens without an account. Adding a public route means adding it here,
 * on purpose; everything else must refuse a missing token and a wrong role.
 */
const PUBLIC_ALLOW_LIST = new Set([
  ...['intake', 'deadline', 'correspondence', 'survey', 'feedback', 'reporting'].flatMap(
    (service) => [`${service} GET /health/live`, `${service} GET /health/ready`],
  ),
  'intake GET /v1/procedures',
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
  const { kafkaBrokers, mongoUrl } = testInfrastructure();
  const run = randomUUID().slice(0, 8);
  const authority = new TestAuthority();
  const apps = new Map<string, INestApplication>();
  const routes: Route[] = [];

  function environmentFor<E extends ServiceEnvironment>(schema: new () => E, service: string): E {
    return validateEnvironment(schema, {
      KAFKA_BROKERS: kafkaBrokers,
      MONGO_URL: mongoUrl,
      MONGO_DB: `audit_${run}_${service}`,
      KAFKA_TOPIC_PREFIX: `audit-${run}.`,
      KAFKA_GROUP_ID: `audit-${run}-${service}`,
      LOG_LEVEL: 'silent',
      ...authority.environment,
    });
  }

  beforeAll(async () => {
    const services: [
      string,
      (name: string) => { module: DynamicModule; environment: ServiceEnvironment },
    ][] = [
      [
        'intake',
        (name) => {
          const e = environmentFor(IntakeEnvironment, name);
          return { module: IntakeModule.register(e), environment: e };
        },
      ],
      [
        'deadline',
        (name) => {
          const e = environmentFor(DeadlineEnvironment, name);
          return { module: DeadlineModule.register(e), environment: e };
        },
      ],
      [
        'correspondence',
        (name) => {
          const e = environmentFor(CorrespondenceEnvironment, name);
          return { module: CorrespondenceModule.register(e), environment: e };
        },
      ],
      [
        'survey',
        (name) => {
          const e = environmentFor(SurveyEnvironment, name);
          return { module: SurveyModule.register(e), environment: e };
        },
      ],
      [
        'feedback',
        (name) => {
          const e = environmentFor(FeedbackEnvironment, name);
          return { module: FeedbackModule.register(e), environment: e };
        },
      ],
      [
        'reporting',
        (name) => {
          const e = environmentFor(ReportingEnvironment, name);
          return { module: ReportingModule.register(e), environment: e };
        },
      ],
    ];
    for (const [name, build] of services) {
      const { module, environment } = build(name);
      const app = await createServiceApp(module, environment, {
        name,
        title: name,
        description: name,
      });
      await app.init();
      apps.set(name, app);
      routes.push(...httpRoutes(name, app));
    }
  });

  afterAll(async () => {
    await Promise.all([...apps.values()].map((app) => app.close()));
  });

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
