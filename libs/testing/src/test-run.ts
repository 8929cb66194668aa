import { randomUUID } from 'node:crypto';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { Connection } from 'mongoose';

import type { ServiceEnvironment } from '@libs/config';
import type { ServiceKitOptions } from '@libs/service-kit';

import { testInfrastructure } from './infrastructure';
import { KafkaProbe, testKafka } from './kafka-probe';
import { TestAuthority } from './test-authority';

/**
 * What marks a database or a topic prefix as a test's own: `it_…`/`e2e_…` databases and
 * `it-…`/`e2e-…` topic prefixes. Tests drop what they create, so they must never be pointed at
 * a name a deployment could use (as Sairyss/domain-driven-hexagon's global setup refuses to).
 */
const TEST_DATABASE = /^(it|e2e)_[A-Za-z0-9_-]+$/;
const TEST_TOPIC_PREFIX = /^(it|e2e)-[A-Za-z0-9._-]+$/;

/** The name itself, if it marks a test database; throws otherwise. */
export function testDatabaseName(name: string): string {
  if (!TEST_DATABASE.test(name)) {
    throw new Error(
      `refusing to use database "${name}" in a test: a test database's name starts with "it_" or "e2e_"`,
    );
  }
  return name;
}

/** The prefix itself, if it marks a test's topics; throws otherwise. */
export function testTopicPrefix(prefix: string): string {
  if (!TEST_TOPIC_PREFIX.test(prefix)) {
    throw new Error(
      `refusing to use topic prefix "${prefix}" in a test: a test prefix starts with "it-" or "e2e-"`,
    );
  }
  return prefix;
}

/** Drops test databases; refuses (before dropping any) if one is not marked as a test's. */
export async function dropTestDatabases(mongoUrl: string, names: Iterable<string>): Promise<void> {
  const databases = [...names].map(testDatabaseName);
  if (databases.length === 0) {
    return;
  }
  const { createConnection } = await import('mongoose');
  const connection = await createConnection(mongoUrl).asPromise();
  try {
    for (const name of databases) {
      await connection.useDb(name, { noListener: true }).dropDatabase();
    }
  } finally {
    await connection.close();
  }
}

/** Deletes every topic under a test's prefix (the run's catalogue, dead letters, probes' topics). */
export async function deleteTestTopics(brokers: string[], prefix: string): Promise<void> {
  testTopicPrefix(prefix);
  const admin = testKafka(brokers, 'test-cleanup').admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) {
      await admin.deleteTopics({ topics });
    }
  } finally {
    await admin.disconnect();
  }
}

/** A service to start under test, on the run's database and topics. */
export interface TestService<E> {
  name: string;
  /** The service's environment class (validated as main.ts does). */
  environment: new () => E;
  /** The service's root module. */
  module: { register(environment: E, options?: ServiceKitOptions): DynamicModule };
  /** A manual clock, usually. */
  options?: ServiceKitOptions;
  /** Variables beyond the run's own (database, topics, group, log level, token authority). */
  settings?: Record<string, string>;
  /** Defaults to `it_<name>_<run>`. */
  database?: string;
  /** Defaults to `it-<run>-<name>`. */
  groupId?: string;
}

/**
 * One test run's own corner of the shared Kafka and store: a database per name, one topic
 * prefix, consumer groups and a token authority, all named from one random id so parallel
 * runs never meet. Services started through it are closed, and its databases and topics
 * removed, by `cleanUp()`.
 */
export class TestRun {
  readonly id = randomUUID().slice(0, 8);
  readonly infrastructure = testInfrastructure();
  readonly brokers = this.infrastructure.kafkaBrokers.split(',');
  readonly authority = new TestAuthority();
  readonly prefix: string;
  private readonly databases = new Set<string>();
  private readonly apps: INestApplication[] = [];
  private readonly connections: Connection[] = [];
  private readonly probes: KafkaProbe[] = [];
  private readonly provisioned = new Set<string>();

  constructor(readonly marker: 'it' | 'e2e' = 'it') {
    this.prefix = testTopicPrefix(`${marker}-${this.id}.`);
  }

  /** A test database's name (`it_<name>_<run>`), dropped at clean-up. */
  database(name: string): string {
    const database = testDatabaseName(`${this.marker}_${name}_${this.id}`);
    this.databases.add(database);
    return database;
  }

  groupId(name: string): string {
    return `${this.marker}-${this.id}-${name}`;
  }

  /** The run's physical name of a logical topic. */
  topic(name: string): string {
    return `${this.prefix}${name}`;
  }

  /** A mongoose connection to one of the run's databases, closed and dropped at clean-up. */
  async connect(name: string): Promise<Connection> {
    const { createConnection } = await import('mongoose');
    const connection = await createConnection(this.infrastructure.mongoUrl, {
      dbName: this.database(name),
    }).asPromise();
    this.connections.push(connection);
    return connection;
  }

  /**
   * Creates the run's topics for a consumer group (once per group), as a deployment does before
   * a service starts: the service kit starts its consumer before the hook that provisions them.
   */
  async provisionTopics(groupId: string): Promise<void> {
    if (this.provisioned.has(groupId)) {
      return;
    }
    const { provisionRunTopics } = await import('./run-topics');
    await provisionRunTopics(this.brokers, this.prefix, groupId);
    this.provisioned.add(groupId);
  }

  /** The variables every service under test gets; `settings` add to or override them. */
  environment(service: { name: string; database?: string; groupId?: string }) {
    return {
      KAFKA_BROKERS: this.infrastructure.kafkaBrokers,
      ...this.infrastructure.kafkaSecurity,
      MONGO_URL: this.infrastructure.mongoUrl,
      MONGO_DB: this.database(service.database ?? service.name),
      KAFKA_TOPIC_PREFIX: this.prefix,
      KAFKA_GROUP_ID: service.groupId ?? this.groupId(service.name),
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...this.authority.environment,
    };
  }

  /** Builds and starts one service as main.ts does, on the run's database and topics. */
  async startService<E extends ServiceEnvironment>(
    service: TestService<E>,
  ): Promise<INestApplication> {
    // Loaded on use: unit specs import this library for its light helpers (PDF text).
    const { validateEnvironment } = await import('@libs/config');
    const { createServiceApp } = await import('@libs/service-kit');
    const environment = validateEnvironment(service.environment, {
      ...this.environment(service),
      ...service.settings,
    });
    // Whatever the settings said, the service may only touch the test's own database and topics.
    testDatabaseName(environment.MONGO_DB);
    if (environment.MONGO_URL === this.infrastructure.mongoUrl) {
      // (A private store a test started goes with its files.)
      this.databases.add(environment.MONGO_DB);
    }
    testTopicPrefix(environment.KAFKA_TOPIC_PREFIX);
    await this.provisionTopics(environment.KAFKA_GROUP_ID);
    const root = service.module.register(environment, service.options);
    const app = await createServiceApp(root, environment, {
      name: service.name,
      title: service.name,
      description: 'test',
    });
    this.apps.push(app);
    return app;
  }

  /** A probe on the broker (see KafkaProbe), stopped at clean-up. */
  probe(): KafkaProbe {
    const probe = new KafkaProbe(this.brokers);
    this.probes.push(probe);
    return probe;
  }

  /** Has clean-up close an app the test built itself, before the run's databases are dropped. */
  closeAtCleanUp<T extends INestApplication>(app: T): T {
    this.apps.push(app);
    return app;
  }

  /** Closes one service started by the run (a replica stopping) before clean-up. */
  async stopService(app: INestApplication): Promise<void> {
    const index = this.apps.indexOf(app);
    if (index >= 0) {
      this.apps.splice(index, 1);
    }
    await app.close();
  }

  /** Stops the run's probes, closes its services and connections, then drops its databases and topics. */
  async cleanUp(): Promise<void> {
    for (const probe of this.probes.splice(0)) {
      await probe.stop();
    }
    for (const app of this.apps.splice(0).reverse()) {
      await app.close();
    }
    for (const connection of this.connections.splice(0)) {
      await connection.close();
    }
    await dropTestDatabases(this.infrastructure.mongoUrl, this.databases);
    this.databases.clear();
    await deleteTestTopics(this.brokers, this.prefix);
  }
}

/** What a spec may choose when it starts a service. */
export type TestServiceOverrides = Pick<
  TestService<ServiceEnvironment>,
  'options' | 'settings' | 'database' | 'groupId'
>;

/**
 * One service's starter for tests, e.g. `startIntake(run, { options: { clock } })`; the
 * defaults' settings and the spec's are merged.
 */
export function serviceStarter<E extends ServiceEnvironment>(
  name: string,
  environment: new () => E,
  module: TestService<E>['module'],
  defaults: TestServiceOverrides = {},
): (run: TestRun, overrides?: TestServiceOverrides) => Promise<INestApplication> {
  return (run, overrides = {}) =>
    run.startService({
      name,
      environment,
      module,
      ...defaults,
      ...overrides,
      settings: { ...defaults.settings, ...overrides.settings },
    });
}
