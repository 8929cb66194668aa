import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import fc from 'fast-check';

import { findEventDefinition, TOPIC_CATALOGUE } from '@libs/contracts';
import { deadLetterTopicFor, KafkaEventServer } from '@libs/messaging';
import { eventually, groupCaughtUp, requestFrom, testKafka, TestRun } from '@libs/testing';

import { START_SERVICE } from '../support/services';
import { FuzzRequest, poisonFor, PoisonRecord, requestFor } from './fuzz-arbitraries';
import {
  componentSchemas,
  consumedTopics,
  HttpTarget,
  httpTargets,
  SchemaObject,
  storeChanges,
  StoreSnapshot,
  storeSnapshot,
} from './fuzz-targets';

/**
 * Issue 11 item 8: every HTTP route and every consumer of the five services, fed random,
 * malformed, oversized and type-confused input by fast-check. No input may get a 5xx or take
 * a service down; a refused input stores and publishes nothing; a poison record goes to the
 * group's dead-letter topic and its partition keeps flowing. FUZZ_RUNS inputs in all
 * (1,000 in the default test command, `npm run fuzz` runs 10,000), FUZZ_SEED to replay.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261211);
/** About 100 ms an input on two busy cores, with room to spare. */
const TIME_LIMIT_MS = 120_000 + RUNS * 300;
const SERVICES = ['intake', 'deadline', 'correspondence', 'survey', 'feedback'] as const;
type ServiceName = (typeof SERVICES)[number];

/** `birth.registered.v2` → `birth.registered`, as the consumer groups compare types. */
const eventName = (type: string): string => type.replace(/\.v\d+$/, '');

interface Reply {
  status: number;
  body: string;
}

describe(`fuzzing every route and consumer (seed ${SEED}, ${RUNS} inputs)`, () => {
  const run = new TestRun();
  const { authority, brokers, prefix } = run;
  const groupOf = (service: ServiceName) => run.groupId(service);
  const apps = new Map<ServiceName, INestApplication>();
  const ports = new Map<ServiceName, number>();
  const targets: HttpTarget[] = [];
  const schemas = new Map<ServiceName, Record<string, SchemaObject>>();
  const tokens = new Map<string, string>();
  const baselines = new Map<ServiceName, StoreSnapshot>();
  const statuses = new Map<number, number>();
  const acceptedWrites = new Set<ServiceName>();
  let httpInputs = 0;
  let consumerInputs = 0;

  const app = (service: ServiceName): INestApplication => {
    const found = apps.get(service);
    if (!found) {
      throw new Error(`${service} is not running`);
    }
    return found;
  };

  async function send(service: ServiceName, method: string, input: FuzzRequest): Promise<Reply> {
    const port = ports.get(service);
    if (port === undefined) {
      throw new Error(`${service} is not running`);
    }
    const reply = await requestFrom({
      port,
      method,
      path: input.path,
      from: input.from,
      headers: {
        ...input.headers,
        ...(tokens.has(input.role) ? { authorization: tokens.get(input.role) } : {}),
      },
      body: input.body,
    });
    return { status: reply.status, body: reply.body.toString('utf8').slice(0, 500) };
  }

  async function topicEnds(topics: string[]): Promise<Map<string, bigint>> {
    const admin = testKafka(brokers, 'fuzz').admin();
    await admin.connect();
    try {
      const ends = new Map<string, bigint>();
      for (const topic of topics) {
        const offsets = await admin.fetchTopicOffsets(topic);
        ends.set(
          topic,
          offsets.reduce((sum, partition) => sum + BigInt(partition.high), 0n),
        );
      }
      return ends;
    } finally {
      await admin.disconnect();
    }
  }

  const producedTopics = (service: ServiceName) =>
    TOPIC_CATALOGUE.filter((topic) => topic.owner === service).map(
      (topic) => `${prefix}${topic.name}`,
    );
  const consumedBy = (service: ServiceName) => consumedTopics(app(service), prefix);

  /** After an accepted write: its events are published and consumed before fuzzing goes on. */
  async function settle(): Promise<void> {
    await eventually(
      async () => {
        for (const service of SERVICES) {
          const snapshot = await storeSnapshot(app(service));
          if (Object.values(snapshot.outbox).some((pending) => pending > 0)) {
            return undefined;
          }
          const topics = [...consumedBy(service).keys()];
          if (topics.length > 0 && !(await groupCaughtUp(brokers, groupOf(service), topics))) {
            return undefined;
          }
        }
        return true;
      },
      { timeoutMs: 60_000, description: 'accepted writes published and consumed' },
    );
    for (const service of SERVICES) {
      baselines.set(service, await storeSnapshot(app(service)));
    }
  }

  beforeAll(async () => {
    console.log(`fuzz: seed ${SEED}, ${RUNS} inputs (FUZZ_SEED, FUZZ_RUNS to change)`);
    for (const service of SERVICES) {
      const started = await START_SERVICE[service](run, {
        settings: { RATE_LIMIT_PER_MINUTE: '100000' },
      });
      await started.listen(0, '127.0.0.1');
      apps.set(service, started);
      ports.set(service, ((started.getHttpServer() as Server).address() as AddressInfo).port);
      targets.push(...httpTargets(service, started));
      schemas.set(service, componentSchemas(service, started));
      baselines.set(service, await storeSnapshot(started));
    }
    for (const role of ['officer', 'leader', 'province', 'system'] as const) {
      tokens.set(
        role,
        await authority.bearer({
          roles: [role],
          ...(role === 'province' ? { province: '38' } : { communes: ['14797'] }),
        }),
      );
    }
    // Every consumer joined before records are published to it.
    await eventually(
      () =>
        SERVICES.every((service) => app(service).get(KafkaEventServer).isConsuming)
          ? true
          : undefined,
      { description: 'consumers joined' },
    );
  });

  afterAll(async () => {
    await run.cleanUp();
    const counted = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(', ');
    console.log(
      `fuzz: seed ${SEED}: ${httpInputs + consumerInputs} inputs tried ` +
        `(${httpInputs} HTTP requests on ${targets.length} routes: ${counted}; ` +
        `${consumerInputs} Kafka records), ` +
        `${[...statuses.keys()].filter((status) => status >= 500).length} 5xx statuses`,
    );
  });

  const consumerShare = () => Math.max(50, Math.round(RUNS * 0.1));

  it('should find the routes and consumers of all five services', () => {
    expect(new Set(targets.map((target) => target.service))).toEqual(new Set(SERVICES));
    expect(targets.length).toBeGreaterThan(50);
  });

  it(
    'should answer every hostile request below 500, store and publish nothing when refusing it',
    async () => {
      const perRoute = Math.max(1, Math.ceil((RUNS - consumerShare()) / targets.length));
      const producedBefore = await topicEnds(SERVICES.flatMap(producedTopics));
      for (const [index, target] of targets.entries()) {
        const service = target.service as ServiceName;
        const arbitrary = requestFor(target, schemas.get(service) ?? {});
        await fc.assert(
          fc.asyncProperty(arbitrary, async (input) => {
            httpInputs += 1;
            const reply = await send(service, target.method, input);
            statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
            const where = `${target.method} ${input.path.slice(0, 200)} as ${input.role}`;
            if (reply.status >= 500) {
              throw new Error(`${where} answered ${reply.status}: ${reply.body}`);
            }
            const after = await storeSnapshot(app(service));
            const before = baselines.get(service) ?? after;
            baselines.set(service, after);
            if (reply.status >= 400) {
              expect({ where, changes: storeChanges(before, after) }).toEqual({
                where,
                changes: [],
              });
            } else if (target.method !== 'GET') {
              acceptedWrites.add(service);
              await settle();
            }
          }),
          { seed: SEED + index, numRuns: perRoute, endOnFailure: true },
        );
        const health = await send(service, 'GET', {
          path: '/health/live',
          headers: {},
          from: '127.0.0.1',
          role: 'public',
        });
        expect({ route: `${target.method} ${target.path}`, health: health.status }).toEqual({
          route: `${target.method} ${target.path}`,
          health: 200,
        });
      }
      // Nothing reached the broker from a service that accepted no write.
      const producedAfter = await topicEnds(SERVICES.flatMap(producedTopics));
      for (const service of SERVICES.filter((candidate) => !acceptedWrites.has(candidate))) {
        for (const topic of producedTopics(service)) {
          expect({ topic, records: producedAfter.get(topic) }).toEqual({
            topic,
            records: producedBefore.get(topic),
          });
        }
      }
    },
    TIME_LIMIT_MS,
  );

  it(
    'should dead-letter every poison record on every consumed topic and keep consuming',
    async () => {
      const handledBy = new Map<string, Map<ServiceName, string[]>>();
      for (const service of SERVICES) {
        for (const [topic, types] of consumedBy(service)) {
          handledBy.set(topic, (handledBy.get(topic) ?? new Map()).set(service, types));
        }
      }
      const perTopic = Math.max(5, Math.ceil(consumerShare() / handledBy.size));
      const sent = new Map<string, PoisonRecord[]>();
      for (const [index, [topic, groups]] of [...handledBy.entries()].entries()) {
        const types = [...new Set([...groups.values()].flat())];
        sent.set(
          topic,
          fc.sample(poisonFor(types), { seed: SEED + 1000 + index, numRuns: perTopic }),
        );
      }
      const counters = new Map(
        SERVICES.map((service) => [
          service,
          { ...app(service).get(KafkaEventServer).consumerStatus.counters },
        ]),
      );
      const stores = new Map<ServiceName, StoreSnapshot>();
      for (const service of SERVICES) {
        stores.set(service, await storeSnapshot(app(service)));
      }
      const deadLetterTopics = SERVICES.map(
        (service) => `${prefix}${deadLetterTopicFor(groupOf(service))}`,
      );
      const deadLetteredBefore = await topicEnds(deadLetterTopics);
      const producedBefore = await topicEnds(SERVICES.flatMap(producedTopics));

      const producer = testKafka(brokers, 'fuzz').producer();
      await producer.connect();
      try {
        for (const [topic, records] of sent) {
          // One record a request: oversized records together would pass the broker's batch limit.
          for (const { key, value, headers } of records) {
            await producer.send({
              topic,
              acks: -1,
              messages: [{ ...(key ? { key } : {}), value, headers }],
            });
            consumerInputs += 1;
          }
        }
      } finally {
        await producer.disconnect();
      }

      // A catalogue type a group does not handle is another group's business: skipped.
      const expectedDeadLetters = (service: ServiceName): number =>
        [...consumedBy(service).entries()].reduce((sum, [topic, types]) => {
          const names = new Set(types.map((type) => eventName(type)));
          const records = sent.get(topic) ?? [];
          return (
            sum +
            records.filter(
              (record) =>
                !(
                  record.type &&
                  findEventDefinition(record.type) &&
                  !names.has(eventName(record.type))
                ),
            ).length
          );
        }, 0);
      for (const service of SERVICES) {
        const topics = [...consumedBy(service).keys()];
        if (topics.length === 0) {
          continue;
        }
        await eventually(() => groupCaughtUp(brokers, groupOf(service), topics), {
          timeoutMs: 90_000,
          description: `${service} consumed past every poison record`,
        });
        const now = app(service).get(KafkaEventServer).consumerStatus.counters;
        const then = counters.get(service);
        expect({
          service,
          handled: now.handled - (then?.handled ?? 0),
          deadLettered: now.deadLettered - (then?.deadLettered ?? 0),
        }).toEqual({ service, handled: 0, deadLettered: expectedDeadLetters(service) });
        expect(
          storeChanges(stores.get(service) as StoreSnapshot, await storeSnapshot(app(service))),
        ).toEqual([]);
      }
      const deadLetteredAfter = await topicEnds(deadLetterTopics);
      for (const service of SERVICES) {
        const topic = `${prefix}${deadLetterTopicFor(groupOf(service))}`;
        expect({
          topic,
          added: Number(
            (deadLetteredAfter.get(topic) ?? 0n) - (deadLetteredBefore.get(topic) ?? 0n),
          ),
        }).toEqual({ topic, added: expectedDeadLetters(service) });
      }
      // Only the poison records themselves: no consumer published anything in answer.
      const poisonOnly = new Map(
        [...producedBefore].map(([topic, records]) => [
          topic,
          records + BigInt(sent.get(topic)?.length ?? 0),
        ]),
      );
      expect(await topicEnds(SERVICES.flatMap(producedTopics))).toEqual(poisonOnly);
    },
    TIME_LIMIT_MS,
  );
});
