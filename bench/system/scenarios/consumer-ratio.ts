import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, MessageHandler, Payload } from '@nestjs/microservices';

import { kafkaSecurityFrom } from '@libs/config';
import {
  BIRTH_REGISTERED_V1,
  BirthRegisteredV1,
  EventEnvelope,
  fromKafkaRecord,
  physicalTopic,
  toKafkaRecord,
  TOPICS,
  validateEventData,
} from '@libs/contracts';
import { createKafka, deadLetterTopicFor, EventConsumer, KafkaEventServer } from '@libs/messaging';

import { BenchContext, sleep } from '../context';
import { birthParties } from '../fixtures';

/**
 * One topic of real birth.registered.v1 records (CloudEvents binary mode, 3 partitions as the
 * services create them), read to the end by two consumers in the same run:
 * - bare kafkajs: `eachMessage` parsing the JSON value, offsets committed per batch (the
 *   kafkajs default auto-commit);
 * - libs/messaging: KafkaEventServer in a minimal Nest microservice with one
 *   `@EventPattern('birth.registered.v1')` handler that only counts (envelope decoding,
 *   contract validation, retries, correlation scope and its per-record commit included).
 * Throughput counts from the first record to the last, so the group join is left out.
 */
export type ConsumerKind =
  | 'bare-kafkajs'
  | 'libs-messaging'
  | 'libs-messaging-cached-routes'
  | 'bare-commit-per-record'
  | 'bare-decode-validate';

export interface ConsumerRun {
  consumer: ConsumerKind;
  round: number;
  records: number;
  seconds: number;
  perSecond: number;
}

export interface ConsumerRatioResult {
  topic: string;
  partitions: number;
  records: number;
  runs: ConsumerRun[];
  bestBare: number;
  bestMessaging: number;
  /** Best libs/messaging ÷ best bare kafkajs: the figure. */
  ratio: number;
}

/** Counts what the Nest handler saw, shared with the (module-level) controller. */
const counter = { seen: 0, first: 0, last: 0, target: 0, done: (): void => undefined };

@EventConsumer()
class CountingConsumer {
  @EventPattern(BIRTH_REGISTERED_V1.type)
  onBirth(@Payload() _envelope: EventEnvelope<BirthRegisteredV1>): void {
    countOne();
  }
}

@Module({ controllers: [CountingConsumer] })
class CountingModule {}

function countOne(): void {
  const now = performance.now();
  if (counter.seen === 0) {
    counter.first = now;
  }
  counter.seen += 1;
  counter.last = now;
  if (counter.seen === counter.target) {
    counter.done();
  }
}

function resetCounter(target: number): Promise<void> {
  counter.seen = 0;
  counter.first = 0;
  counter.last = 0;
  counter.target = target;
  return new Promise((resolve) => {
    counter.done = resolve;
  });
}

/**
 * With BENCH_PROFILE=1, samples this process's CPU while one consumer runs and writes
 * `consumer-<kind>-<round>.cpuprofile` next to the services' profiles.
 */
function profiled(context: BenchContext, name: string): () => void {
  if (!context.options.profile) {
    return () => undefined;
  }
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  return () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) {
        const directory = join(context.runDir, 'profiles');
        mkdirSync(directory, { recursive: true });
        writeFileSync(join(directory, `${name}.cpuprofile`), JSON.stringify(result.profile));
      }
      session.disconnect();
    });
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} did not finish within ${ms / 1000} s`)),
        ms,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

function rate(records: number): { seconds: number; perSecond: number } {
  const seconds = (counter.last - counter.first) / 1000;
  return {
    seconds: Math.round(seconds * 1000) / 1000,
    perSecond: seconds > 0 ? Math.round((records - 1) / seconds) : 0,
  };
}

/**
 * A plain kafkajs consumer. `bare-kafkajs` parses the value and lets kafkajs commit per batch;
 * the diagnostics add one piece of what libs/messaging does per record: a commit per record
 * with three partitions at once (`bare-commit-per-record`), or the CloudEvents decoding and
 * the contract validation (`bare-decode-validate`).
 */
async function bareRun(
  context: BenchContext,
  topic: string,
  records: number,
  round: number,
  kind: Exclude<ConsumerKind, 'libs-messaging' | 'libs-messaging-cached-routes'>,
  timeoutMs: number,
): Promise<ConsumerRun> {
  const finished = resetCounter(records);
  const consumer = context.kafka.consumer({
    groupId: `bench-${context.options.run}-${kind}-${round}`,
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  context.sampler.enter(`consumer:${kind}`);
  const stopProfile = profiled(context, `consumer-${kind}-${round}`);
  if (kind === 'bare-commit-per-record') {
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 3,
      eachMessage: async ({ topic: from, partition, message }) => {
        JSON.parse(message.value?.toString('utf8') ?? 'null');
        await consumer.commitOffsets([
          { topic: from, partition, offset: (BigInt(message.offset) + 1n).toString() },
        ]);
        countOne();
      },
    });
  } else {
    await consumer.run({
      eachMessage: ({ message }) => {
        if (kind === 'bare-decode-validate') {
          const envelope = fromKafkaRecord(message.headers ?? {}, message.value);
          const checked = validateEventData(BIRTH_REGISTERED_V1, envelope.data, 'consumer');
          if (!checked.ok) {
            throw new Error(checked.errors.join('; '));
          }
        } else {
          JSON.parse(message.value?.toString('utf8') ?? 'null');
        }
        countOne();
        return Promise.resolve();
      },
    });
  }
  try {
    await withTimeout(finished, timeoutMs, `the ${kind} consumer`);
  } finally {
    stopProfile();
    context.sampler.enter('idle');
    await consumer.disconnect();
  }
  return { consumer: kind, round, records, ...rate(records) };
}

/**
 * What-if for the report: KafkaEventServer with its handler found through a map instead of
 * Nest's getRouteFromPattern, which tries JSON.parse on every event type and throws for a
 * plain string (the profile's top entry of @nestjs/microservices).
 */
class CachedRoutesEventServer extends KafkaEventServer {
  private readonly routes = new Map<string, MessageHandler | null>();

  override getHandlerByPattern(pattern: string): MessageHandler | null {
    let handler = this.routes.get(pattern);
    if (handler === undefined) {
      handler = super.getHandlerByPattern(pattern);
      this.routes.set(pattern, handler);
    }
    return handler;
  }
}

/** KafkaEventServer in a minimal Nest microservice with one counting handler. */
async function messagingRun(
  context: BenchContext,
  prefix: string,
  records: number,
  round: number,
  kind: 'libs-messaging' | 'libs-messaging-cached-routes',
  timeoutMs: number,
): Promise<ConsumerRun> {
  const { options } = context;
  const finished = resetCounter(records);
  const settings = {
    kafka: createKafka(
      `bench-${options.run}-messaging`,
      options.kafkaBrokers,
      kafkaSecurityFrom(options.kafka),
    ),
    groupId: `bench-${options.run}-${kind}-${round}`,
    topicPrefix: prefix,
    deadLetterTopic: deadLetterTopicFor(`bench-${options.run}-dlq`),
    maxAttempts: 5,
    retryBaseMs: 200,
  };
  const server =
    kind === 'libs-messaging'
      ? new KafkaEventServer(settings)
      : new CachedRoutesEventServer(settings);
  const app = await NestFactory.createMicroservice(CountingModule, {
    strategy: server,
    logger: ['error'],
  });
  context.sampler.enter(`consumer:${kind}`);
  const stopProfile = profiled(context, `consumer-${kind}-${round}`);
  await app.listen();
  try {
    await withTimeout(finished, timeoutMs, `the ${kind} consumer`);
  } finally {
    stopProfile();
    context.sampler.enter('idle');
    await app.close();
  }
  return { consumer: kind, round, records, ...rate(records) };
}

export async function runConsumerRatio(context: BenchContext): Promise<ConsumerRatioResult> {
  const { options } = context;
  const prefix = `bench-${options.run}-consumer.`;
  const topic = physicalTopic(prefix, TOPICS.civilStatus);
  const partitions = 3;
  await context.admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic, numPartitions: partitions, replicationFactor: 1 },
      {
        topic: physicalTopic(prefix, deadLetterTopicFor(`bench-${options.run}-dlq`)),
        numPartitions: 1,
      },
    ],
  });
  // produce the records
  const producer = context.kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const records = options.consumerEvents;
  const communes = context.communes;
  try {
    for (let start = 0; start < records; start += 500) {
      const messages = [];
      for (let index = start; index < Math.min(records, start + 500); index += 1) {
        const commune = communes[index % communes.length];
        const parties = birthParties(index);
        const data = Object.assign(new BirthRegisteredV1(), {
          registrationId: randomUUID(),
          communeCode: commune?.code ?? '14797',
          provinceCode: commune?.provinceCode ?? '38',
          registeredAt: new Date().toISOString(),
          child: parties.child,
          father: parties.father,
          mother: parties.mother,
          address: { line: parties.address.line, communeCode: commune?.code ?? '14797' },
        });
        if (index === 0) {
          const checked = validateEventData(BIRTH_REGISTERED_V1, data, 'producer');
          if (!checked.ok) {
            throw new Error(`benchmark event breaks its contract: ${checked.errors.join('; ')}`);
          }
        }
        const id = randomUUID();
        messages.push(
          toKafkaRecord({
            specversion: '1.0',
            id,
            type: BIRTH_REGISTERED_V1.type,
            source: '/services/intake',
            subject: data.registrationId,
            time: data.registeredAt,
            datacontenttype: 'application/json',
            correlationid: id,
            communecode: data.communeCode,
            data: JSON.parse(JSON.stringify(data)) as unknown,
          }),
        );
      }
      await producer.send({ topic, messages, acks: -1 });
    }
  } finally {
    await producer.disconnect();
  }
  context.log(`consumer ratio: ${records} birth.registered.v1 records on ${topic}`);

  const timeoutMs = Math.max(120_000, records * 20);
  const runs: ConsumerRun[] = [];
  for (let round = 1; round <= options.consumerRounds; round += 1) {
    runs.push(await bareRun(context, topic, records, round, 'bare-kafkajs', timeoutMs));
    runs.push(await messagingRun(context, prefix, records, round, 'libs-messaging', timeoutMs));
    if (options.consumerDiagnostics) {
      // what the per-record work of libs/messaging costs, piece by piece, on the bare consumer
      runs.push(await bareRun(context, topic, records, round, 'bare-commit-per-record', timeoutMs));
      runs.push(await bareRun(context, topic, records, round, 'bare-decode-validate', timeoutMs));
      runs.push(
        await messagingRun(
          context,
          prefix,
          records,
          round,
          'libs-messaging-cached-routes',
          timeoutMs,
        ),
      );
    }
    context.log(
      `consumer ratio round ${round}: ${runs
        .filter((run) => run.round === round)
        .map((run) => `${run.consumer} ${run.perSecond}/s`)
        .join(', ')}`,
    );
    await sleep(500);
  }
  const best = (kind: ConsumerRun['consumer']): number =>
    Math.max(0, ...runs.filter((run) => run.consumer === kind).map((run) => run.perSecond));
  const bestBare = best('bare-kafkajs');
  const bestMessaging = best('libs-messaging');
  return {
    topic,
    partitions,
    records,
    runs,
    bestBare,
    bestMessaging,
    ratio: bestBare > 0 ? Math.round((bestMessaging / bestBare) * 1000) / 1000 : 0,
  };
}
