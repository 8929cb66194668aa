import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { backOff } from 'exponential-backoff';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Partitioners, Producer } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';

import {
  EventEnvelope,
  findEventDefinition,
  fromKafkaRecord,
  MalformedEnvelopeError,
  physicalTopic,
  validateEventData,
} from '@libs/contracts';
import { runWithCorrelation } from '@libs/observability';

import { DeadLetterDetails, DeadLetterReason, deadLetterRecord } from './dead-letter';
import { classifyFailure, isInfrastructureError } from './failure-classification';
import { KafkaEventContext } from './kafka-event.context';

export interface KafkaEventServerOptions {
  kafka: Kafka;
  groupId: string;
  topicPrefix: string;
  /** Logical name of this group's dead-letter topic. */
  deadLetterTopic: string;
  /** Tries of a handler failing for an unexpected reason before its record is dead-lettered. */
  maxAttempts: number;
  /** First backoff delay, for unexpected failures and for waiting on a dependency. */
  retryBaseMs: number;
  /** Longest pause between two tries while a dependency is unavailable (default 10 s). */
  infrastructureRetryMaxMs?: number;
  partitionsConsumedConcurrently?: number;
}

/** A partition paused because a dependency failed while handling its record at `offset`. */
export interface WaitingPartition {
  topic: string;
  partition: number;
  offset: string;
  /** When the first try of this record failed (ISO 8601). */
  since: string;
  tries: number;
  nextTryAt: string;
  /**
   * The pause is over and the record waits for its turn to be fetched again: behind a backlog
   * of other partitions after an outage, that can take minutes, and it is not a reason to be
   * unready. A failing try pauses it again.
   */
  resumed: boolean;
  /** The error's class name; its message, which may name hosts, is only logged. */
  error: string;
}

export interface ConsumerCounters {
  handled: number;
  deadLettered: number;
  /** Records of an event type or version no handler of the group knows. */
  unknownEventTypes: number;
  /** The same, per CloudEvents type (the first few distinct types). */
  unknownEventTypesByType: Record<string, number>;
  /** Tries that failed because a dependency was unavailable (each one paused a partition). */
  infrastructureFailures: number;
}

export interface ConsumerStatus {
  /** `waiting`: joined, but at least one partition is paused until a dependency comes back. */
  state: 'consuming' | 'waiting' | 'not-joined';
  waiting: WaitingPartition[];
  counters: ConsumerCounters;
}

/** Offsets are committed at the end of each fetched batch, and at least this often within one. */
const COMMIT_EVERY_RECORDS = 100;

const DEFAULT_INFRASTRUCTURE_RETRY_MAX_MS = 10_000;

/**
 * How long a fetch waits for records that are not there yet (kafkajs's default is 5 s). A
 * resumed partition is fetched again only with the next fetch, and with every partition
 * paused kafkajs sleeps this long, so it bounds how late a retry after an outage comes.
 * Records that are there are returned at once whatever this is.
 */
const FETCH_MAX_WAIT_MS = 1_000;

/** Distinct unknown types counted one by one; a flood of garbage types cannot grow the map. */
const MAX_UNKNOWN_TYPES_LISTED = 20;

interface RecordInProgress {
  topic: string;
  partition: number;
  message: KafkaMessage;
  heartbeat: () => Promise<void>;
}

type Outcome =
  | { kind: 'handled' }
  | { kind: 'skipped' }
  | { kind: 'wait'; error: unknown }
  | { kind: 'dead-letter'; reason: DeadLetterReason; error: string; attempts: number };

interface WaitState {
  offset: string;
  since: number;
  tries: number;
  nextTryAt: number;
  error: string;
}

/**
 * A Nest transport strategy for `@EventPattern('<event type>')` handlers over Kafka:
 * CloudEvents binary-mode records, contract validation before the handler runs, and the
 * offset committed only after the handler succeeded or the record was durably dead-lettered.
 * Records of a partition are handled in order; their offsets are committed together per
 * fetched batch (a crash replays at most the uncommitted tail, which idempotent handlers
 * absorb). What happens to a failing record depends on why it fails (classifyFailure):
 * a dependency outage pauses the partition until it is over; a record failing on its own
 * merits (malformed, contract-breaking, rejected, of a type no handler knows) goes to the
 * group's dead-letter topic and the partition moves on.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private readonly log = new Logger(KafkaEventServer.name);
  private consumer: Consumer | undefined;
  private deadLetterProducer: Producer | undefined;
  private joined = false;
  private closing = false;
  /** The topics of the running consumer, for a restart after a crash kafkajs gives up on. */
  private topics: string[] = [];
  private restartAfterCrash: Promise<void> | undefined;
  private readonly waiting = new Map<string, WaitState>();
  private readonly resumeTimers = new Set<NodeJS.Timeout>();
  private readonly counters: ConsumerCounters = {
    handled: 0,
    deadLettered: 0,
    unknownEventTypes: 0,
    unknownEventTypesByType: {},
    infrastructureFailures: 0,
  };

  constructor(private readonly options: KafkaEventServerOptions) {
    super();
  }

  /** True once the group is joined and partitions are assigned; for readiness. */
  get isConsuming(): boolean {
    return this.messageHandlers.size === 0 || this.joined;
  }

  /** For readiness and operators: joined or not, partitions waiting for a dependency, counters. */
  get consumerStatus(): ConsumerStatus {
    const now = Date.now();
    const waiting = [...this.waiting.entries()].map(([key, state]) => {
      const separator = key.lastIndexOf(':');
      return {
        topic: key.slice(0, separator),
        partition: Number(key.slice(separator + 1)),
        offset: state.offset,
        since: new Date(state.since).toISOString(),
        tries: state.tries,
        nextTryAt: new Date(state.nextTryAt).toISOString(),
        resumed: state.nextTryAt <= now,
        error: state.error,
      };
    });
    const paused = waiting.some((partition) => !partition.resumed);
    const state = !this.isConsuming ? 'not-joined' : paused ? 'waiting' : 'consuming';
    return {
      state,
      waiting,
      counters: {
        ...this.counters,
        unknownEventTypesByType: { ...this.counters.unknownEventTypesByType },
      },
    };
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.restartAfterCrash;
    for (const timer of this.resumeTimers) {
      clearTimeout(timer);
    }
    this.resumeTimers.clear();
    this.waiting.clear();
    await this.consumer?.disconnect();
    await this.deadLetterProducer?.disconnect();
    this.consumer = undefined;
    this.deadLetterProducer = undefined;
    this.joined = false;
    this.closing = false;
  }

  on(): never {
    throw new Error('KafkaEventServer has no transport events to subscribe to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async start(): Promise<void> {
    const eventTypes = [...this.messageHandlers.keys()];
    if (eventTypes.length === 0) {
      return;
    }
    const topics = new Set<string>();
    for (const type of eventTypes) {
      const definition = findEventDefinition(type);
      if (!definition) {
        throw new Error(`@EventPattern('${type}') names no event in the contract catalogue`);
      }
      topics.add(physicalTopic(this.options.topicPrefix, definition.topic));
    }
    this.topics = [...topics];
    // Joining can fail for a moment on a broker that is still settling new topics.
    await backOff(() => this.connectAndRun(this.topics), {
      numOfAttempts: 12,
      startingDelay: 250,
      maxDelay: 5000,
      retry: async (error: unknown, attempt: number) => {
        this.log.warn(`Consumer start failed (attempt ${attempt}), retrying: ${describe(error)}`);
        await this.consumer?.disconnect();
        return true;
      },
    });
    this.log.log(
      `Group ${this.options.groupId} consuming ${eventTypes.join(', ')} from ${[...topics].join(', ')}`,
    );
  }

  private async connectAndRun(topics: string[]): Promise<void> {
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
    });
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      this.joined = true;
      this.forgetRevoked(event.payload.memberAssignment);
    });
    consumer.on(consumer.events.CRASH, (event) => {
      this.joined = false;
      const { restart, error } = event.payload;
      this.log.error(
        `Consumer crashed (kafkajs restarts it: ${String(restart)}): ${String(error)}`,
      );
      if (!restart && consumer === this.consumer) {
        this.restartAfterNonRetriableCrash();
      }
    });
    consumer.on(consumer.events.DISCONNECT, () => {
      this.joined = false;
    });
    this.consumer = consumer;
    await consumer.connect();
    // A new group reads from the beginning: an event published before the group existed
    // must still have its effect.
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /**
   * kafkajs leaves a consumer dead after an error it deems final, such as a refused SASL
   * handshake while a restarted broker has not yet loaded its users, or an ACL revoked and
   * granted again. A service that stops consuming for good loses nothing but delays every
   * effect until someone restarts it, so the consumer is built again, with capped backoff,
   * until the group is joined; readiness is down meanwhile.
   */
  private restartAfterNonRetriableCrash(): void {
    if (this.closing || this.restartAfterCrash) {
      return;
    }
    const attempt = async (): Promise<void> => {
      if (this.closing) {
        return;
      }
      await this.consumer?.disconnect();
      // run() reports a refused join as a crash, not as a rejection
      await this.connectAndRun(this.topics);
      if (!this.joined && !this.closing) {
        throw new Error('the consumer crashed again while joining its group');
      }
    };
    this.restartAfterCrash = backOff(attempt, {
      numOfAttempts: Number.MAX_SAFE_INTEGER,
      startingDelay: 1_000,
      maxDelay: 30_000,
      retry: (error: unknown, tries: number) => {
        this.log.warn(`Consumer restart failed (try ${tries}), retrying: ${describe(error)}`);
        return !this.closing;
      },
    })
      .then(() => this.log.log(`Consumer of group ${this.options.groupId} started again`))
      .catch((error: unknown) => this.log.error(`Consumer restart gave up: ${describe(error)}`))
      .finally(() => {
        this.restartAfterCrash = undefined;
      });
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const { topic, partition } = batch;
    const heartbeat = (): Promise<void> => payload.heartbeat();
    let handledSinceCommit = 0;
    let nextOffset: string | undefined;
    const commit = async (): Promise<void> => {
      if (nextOffset !== undefined) {
        await payload.commitOffsetsIfNecessary({
          topics: [{ topic, partitions: [{ partition, offset: nextOffset }] }],
        });
        handledSinceCommit = 0;
      }
    };
    for (const message of batch.messages) {
      // after a rebalance took the partition away, its new owner handles the rest
      if (!payload.isRunning() || payload.isStale()) {
        break;
      }
      const outcome = await this.settle({ topic, partition, message, heartbeat });
      if (outcome.kind === 'wait') {
        // Nothing from this record on is resolved or committed: after the pause the
        // partition is fetched again from this record.
        await commit();
        this.pauseUntilRetry(payload, message.offset, outcome.error);
        return;
      }
      this.endWait(topic, partition);
      payload.resolveOffset(message.offset);
      nextOffset = (BigInt(message.offset) + 1n).toString();
      handledSinceCommit += 1;
      if (handledSinceCommit >= COMMIT_EVERY_RECORDS) {
        await commit();
      }
      await heartbeat();
    }
    await commit();
  }

  /** Handles, skips or dead-letters one record; `wait` when a dependency is unavailable. */
  private async settle(record: RecordInProgress): Promise<Outcome> {
    const { topic, partition, message } = record;
    const outcome = await this.process(record);
    if (outcome.kind === 'handled') {
      this.counters.handled += 1;
    }
    if (outcome.kind !== 'dead-letter') {
      return outcome;
    }
    try {
      await this.deadLetter(message, {
        reason: outcome.reason,
        error: outcome.error,
        sourceTopic: topic,
        sourcePartition: partition,
        groupId: this.options.groupId,
        attempts: outcome.attempts,
        failedAt: new Date(),
      });
    } catch (error) {
      // the broker is away: the record is decided again once it is back, never skipped
      if (isInfrastructureError(error)) {
        return { kind: 'wait', error };
      }
      throw error;
    }
    this.counters.deadLettered += 1;
    return outcome;
  }

  private async process(record: RecordInProgress): Promise<Outcome> {
    const { topic, partition, message } = record;
    let envelope: EventEnvelope;
    try {
      envelope = fromKafkaRecord(message.headers ?? {}, message.value);
    } catch (error) {
      if (error instanceof MalformedEnvelopeError) {
        return {
          kind: 'dead-letter',
          reason: 'malformed-envelope',
          error: error.message,
          attempts: 0,
        };
      }
      throw error;
    }
    // the patterns are plain event types: a map lookup, not Nest's parse of every pattern
    const handler = this.messageHandlers.get(envelope.type);
    const definition = findEventDefinition(envelope.type);
    if (!handler || !definition) {
      return this.unhandled(record, envelope);
    }
    const validation = validateEventData(definition, envelope.data, 'consumer');
    if (!validation.ok) {
      return {
        kind: 'dead-letter',
        reason: 'contract-violation',
        error: validation.errors.join('; '),
        attempts: 0,
      };
    }
    const validEnvelope: EventEnvelope = { ...envelope, data: validation.data };
    const context = new KafkaEventContext([topic, partition, message.offset, validEnvelope]);
    const runHandler = (): Promise<void> =>
      runWithCorrelation(
        { correlationId: envelope.correlationid, causationId: envelope.id },
        async () => {
          const result: unknown = await handler(validEnvelope, context);
          if (isObservable(result)) {
            await lastValueFrom(result, { defaultValue: undefined });
          }
        },
      );
    let attempts = 1;
    try {
      // the common case costs one call; the backoff machinery starts on the first failure
      await runHandler().catch((first: unknown) =>
        this.retry(first, runHandler, record, envelope, () => (attempts += 1)),
      );
      return { kind: 'handled' };
    } catch (error) {
      switch (classifyFailure(error)) {
        case 'infrastructure':
          // an outage is not the event's fault: no dead letter, no commit, however long
          return { kind: 'wait', error };
        case 'rejected':
          return { kind: 'dead-letter', reason: 'non-retriable', error: describe(error), attempts };
        case 'unexpected':
          return {
            kind: 'dead-letter',
            reason: 'retries-exhausted',
            error: describe(error),
            attempts,
          };
      }
    }
  }

  /**
   * A record no handler of this group takes. An event type of the catalogue that the group
   * does not handle is another group's business on a shared topic: skipped. A type missing
   * from the catalogue, or another version of an event the group handles, is one no handler
   * knows: counted, logged and dead-lettered. The group owns every topic it reads (it
   * subscribes only to the topics of its registered handlers), so such a record is never
   * someone else's: `birth.registered.v2` on intake.civil-status.v1 is correspondence's to
   * handle once it knows v2, and the dead-letter topic keeps it until then (re-drive it).
   */
  private unhandled(record: RecordInProgress, envelope: EventEnvelope): Outcome {
    const { name, version } = parseEventType(envelope.type);
    const handledVersions = [...this.messageHandlers.keys()].filter(
      (type) => parseEventType(type).name === name,
    );
    if (findEventDefinition(envelope.type) && handledVersions.length === 0) {
      return { kind: 'skipped' };
    }
    const counts = this.counters.unknownEventTypesByType;
    this.counters.unknownEventTypes += 1;
    if (envelope.type in counts || Object.keys(counts).length < MAX_UNKNOWN_TYPES_LISTED) {
      counts[envelope.type] = (counts[envelope.type] ?? 0) + 1;
    }
    const why =
      handledVersions.length > 0
        ? `group ${this.options.groupId} handles ${handledVersions.join(', ')} but not version ${version ?? '?'}`
        : `no event type ${envelope.type} in the contract catalogue of group ${this.options.groupId}`;
    this.log.warn(
      `Unknown event type ${name} version ${version ?? '?'} (${envelope.id}) on ${record.topic}[${record.partition}]@${record.message.offset}: ${why}`,
    );
    return { kind: 'dead-letter', reason: 'unknown-event-type', error: why, attempts: 0 };
  }

  /** After a first unexpected failure: the remaining attempts with bounded exponential backoff. */
  private async retry(
    first: unknown,
    runHandler: () => Promise<void>,
    record: RecordInProgress,
    envelope: EventEnvelope,
    countAttempt: () => void,
  ): Promise<void> {
    const shouldRetry = async (error: unknown, failedAttempt: number): Promise<boolean> => {
      if (classifyFailure(error) !== 'unexpected') {
        return false;
      }
      this.log.warn(
        `${envelope.type} ${envelope.id} failed (attempt ${failedAttempt}/${this.options.maxAttempts}): ${String(error)}`,
      );
      await record.heartbeat();
      return true;
    };
    if (this.options.maxAttempts <= 1 || !(await shouldRetry(first, 1))) {
      throw first;
    }
    await backOff(
      async () => {
        countAttempt();
        await runHandler();
      },
      {
        numOfAttempts: this.options.maxAttempts - 1,
        delayFirstAttempt: true,
        startingDelay: this.options.retryBaseMs,
        maxDelay: this.options.retryBaseMs * 32,
        jitter: 'full',
        // backOff numbers its own attempts; the first one happened before it started
        retry: (error: unknown, attemptNumber: number) => shouldRetry(error, attemptNumber + 1),
      },
    );
  }

  /**
   * Pauses the partition (kafkajs stops fetching it; the group keeps its heartbeats and other
   * partitions flow) and resumes it after a capped exponential backoff, when the record at
   * `offset` is fetched and tried again.
   */
  private pauseUntilRetry(payload: EachBatchPayload, offset: string, error: unknown): void {
    const { topic, partition } = payload.batch;
    const key = `${topic}:${partition}`;
    const previous = this.waiting.get(key);
    const sameRecord = previous?.offset === offset;
    const tries = sameRecord ? previous.tries + 1 : 1;
    const maxDelay = this.options.infrastructureRetryMaxMs ?? DEFAULT_INFRASTRUCTURE_RETRY_MAX_MS;
    const delay = Math.min(maxDelay, this.options.retryBaseMs * 2 ** Math.min(tries - 1, 30));
    const now = Date.now();
    this.waiting.set(key, {
      offset,
      since: sameRecord ? previous.since : now,
      tries,
      nextTryAt: now + delay,
      error: errorName(error),
    });
    this.counters.infrastructureFailures += 1;
    this.log.warn(
      `${topic}[${partition}]@${offset} waits for a dependency (try ${tries}): ${describe(error)}; partition paused, next try in ${delay} ms`,
    );
    const resume = payload.pause();
    const timer = setTimeout(() => {
      this.resumeTimers.delete(timer);
      resume();
    }, delay);
    this.resumeTimers.add(timer);
  }

  private endWait(topic: string, partition: number): void {
    const key = `${topic}:${partition}`;
    const state = this.waiting.get(key);
    if (state) {
      this.waiting.delete(key);
      this.log.log(
        `${topic}[${partition}]@${state.offset} went through after ${state.tries} paused tries (${Date.now() - state.since} ms)`,
      );
    }
  }

  /** A partition handed to another member is no longer this member's to wait for. */
  private forgetRevoked(assignment: Record<string, number[]>): void {
    for (const key of [...this.waiting.keys()]) {
      const separator = key.lastIndexOf(':');
      const partitions = assignment[key.slice(0, separator)] ?? [];
      if (!partitions.includes(Number(key.slice(separator + 1)))) {
        this.waiting.delete(key);
      }
    }
  }

  private async deadLetter(message: KafkaMessage, details: DeadLetterDetails): Promise<void> {
    const topic = physicalTopic(this.options.topicPrefix, this.options.deadLetterTopic);
    this.log.error(
      `Dead-lettering ${details.sourceTopic}[${details.sourcePartition}]@${message.offset} to ${topic}: ${details.reason}: ${details.error}`,
    );
    if (!this.deadLetterProducer) {
      const producer = this.options.kafka.producer({
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      this.deadLetterProducer = producer;
    }
    // Resolves only when the broker holds the record; the offset is committed after that.
    await this.deadLetterProducer.send({
      topic,
      acks: -1,
      messages: [deadLetterRecord(message, details)],
    });
  }
}

/** `birth.registered.v2` → name `birth.registered`, version 2. */
function parseEventType(type: string): { name: string; version: number | undefined } {
  const match = /^(.+)\.v(\d+)$/.exec(type);
  return match?.[1] && match[2]
    ? { name: match[1], version: Number(match[2]) }
    : { name: type, version: undefined };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string'
      ? `${code}: ${error.message}`
      : `${error.name}: ${error.message}`;
  }
  return String(error);
}
