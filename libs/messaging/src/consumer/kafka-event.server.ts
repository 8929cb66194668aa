import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import {
  EventEnvelope,
  findEventDefinition,
  fromKafkaRecord,
  MalformedEnvelopeError,
  physicalTopic,
  validateEventData,
} from '@libs/contracts';
import { runWithCorrelation } from '@libs/observability';
import { isStoreUnavailable } from '@libs/persistence';
import { backOff } from 'exponential-backoff';
import { Consumer, EachBatchPayload, Kafka, KafkaMessage, Partitioners, Producer } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import { DeadLetterDetails, DeadLetterReason, deadLetterRecord } from './dead-letter';
import { NonRetriableEventError } from './event-handling.errors';
import { KafkaEventContext } from './kafka-event.context';

export interface KafkaEventServerOptions {
  kafka: Kafka;
  groupId: string;
  topicPrefix: string;
  /** Logical name of this group's dead-letter topic. */
  deadLetterTopic: string;
  maxAttempts: number;
  retryBaseMs: number;
  partitionsConsumedConcurrently?: number;
}

/** Offsets are committed at the end of each fetched batch, and at least this often within one. */
const COMMIT_EVERY_RECORDS = 100;

/** While the store is unreachable a record waits (with heartbeats) this long between tries. */
const STORE_OUTAGE_WAIT_MS = 2_000;

interface RecordInProgress {
  topic: string;
  partition: number;
  message: KafkaMessage;
  heartbeat: () => Promise<void>;
  /** False once the consumer stops or loses the partition: stop waiting, commit nothing. */
  stillOwned: () => boolean;
}

type Outcome =
  | { kind: 'handled' }
  | { kind: 'abandoned' }
  | { kind: 'skipped' }
  | { kind: 'dead-letter'; reason: DeadLetterReason; error: string; attempts: number };

/**
 * A Nest transport strategy for `@EventPattern('<event type>')` handlers over Kafka:
 * CloudEvents binary-mode records, contract validation before the handler runs, bounded
 * retries with backoff, a dead-letter topic per consumer group, and the offset committed
 * only after the handler succeeded or the record was durably dead-lettered. Records of a
 * partition are handled in order; their offsets are committed together per fetched batch
 * (a crash replays at most the uncommitted tail, which idempotent handlers absorb).
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  private readonly log = new Logger(KafkaEventServer.name);
  private consumer: Consumer | undefined;
  private deadLetterProducer: Producer | undefined;
  private joined = false;

  constructor(private readonly options: KafkaEventServerOptions) {
    super();
  }

  /** True once the group is joined and partitions are assigned; for readiness. */
  get isConsuming(): boolean {
    return this.messageHandlers.size === 0 || this.joined;
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect();
    await this.deadLetterProducer?.disconnect();
    this.consumer = undefined;
    this.deadLetterProducer = undefined;
    this.joined = false;
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
    // Joining can fail for a moment on a broker that is still settling new topics.
    await backOff(() => this.connectAndRun([...topics]), {
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
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.joined = true;
    });
    consumer.on(consumer.events.CRASH, (event) => {
      this.joined = false;
      this.log.error(
        `Consumer crashed (restart: ${String(event.payload.restart)}): ${String(event.payload.error)}`,
      );
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

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const { topic, partition } = batch;
    const heartbeat = (): Promise<void> => payload.heartbeat();
    let handledSinceCommit = 0;
    let nextOffset: string | undefined;
    const commit = async (): Promise<void> => {
      if (nextOffset !== undefined && this.consumer) {
        await this.consumer.commitOffsets([{ topic, partition, offset: nextOffset }]);
        handledSinceCommit = 0;
      }
    };
    for (const message of batch.messages) {
      // after a rebalance took the partition away, its new owner handles the rest
      if (!payload.isRunning() || payload.isStale()) {
        break;
      }
      const done = await this.handleRecord({
        topic,
        partition,
        message,
        heartbeat,
        stillOwned: () => payload.isRunning() && !payload.isStale(),
      });
      if (!done) {
        break;
      }
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

  /**
   * Handles (or dead-letters) one record; true only when its effect is durable, false when
   * the consumer let go of it while the store was unreachable (it is read again later).
   */
  private async handleRecord(record: RecordInProgress): Promise<boolean> {
    const { topic, partition, message } = record;
    const outcome = await this.process(record);
    if (outcome.kind === 'abandoned') {
      return false;
    }
    if (outcome.kind === 'dead-letter') {
      await this.deadLetter(message, {
        reason: outcome.reason,
        error: outcome.error,
        sourceTopic: topic,
        sourcePartition: partition,
        groupId: this.options.groupId,
        attempts: outcome.attempts,
        failedAt: new Date(),
      });
    }
    return true;
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
      // Topics carry several event types; this group handles only some of them.
      return { kind: 'skipped' };
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
    let attempts = 0;
    for (;;) {
      try {
        attempts += 1;
        // the common case costs one call; the backoff machinery starts on the first failure
        await runHandler().catch((first: unknown) =>
          this.retry(first, runHandler, record, envelope, () => (attempts += 1)),
        );
        return { kind: 'handled' };
      } catch (error) {
        if (isStoreUnavailable(error)) {
          // an outage is not the event's fault: wait for the store without spending retries
          // or dead-lettering a valid event; the offset stays uncommitted meanwhile
          if (!(await this.waitForStore(record, envelope, error))) {
            return { kind: 'abandoned' };
          }
          attempts = 0;
          continue;
        }
        const reason: DeadLetterReason =
          error instanceof NonRetriableEventError ? 'non-retriable' : 'retries-exhausted';
        return { kind: 'dead-letter', reason, error: describe(error), attempts };
      }
    }
  }

  /** After a first failure: the remaining attempts with bounded exponential backoff. */
  private async retry(
    first: unknown,
    runHandler: () => Promise<void>,
    record: RecordInProgress,
    envelope: EventEnvelope,
    countAttempt: () => void,
  ): Promise<void> {
    const shouldRetry = async (error: unknown, failedAttempt: number): Promise<boolean> => {
      if (error instanceof NonRetriableEventError || isStoreUnavailable(error)) {
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

  /** Waits one interval, heartbeating; false when the consumer let go of the record meanwhile. */
  private async waitForStore(
    record: RecordInProgress,
    envelope: EventEnvelope,
    error: unknown,
  ): Promise<boolean> {
    this.log.warn(
      `${envelope.type} ${envelope.id} waits for the store (${describe(error)}); retrying in ${STORE_OUTAGE_WAIT_MS} ms`,
    );
    const until = Date.now() + STORE_OUTAGE_WAIT_MS;
    while (Date.now() < until) {
      if (!record.stillOwned()) {
        return false;
      }
      await record.heartbeat();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return record.stillOwned();
  }

  private async deadLetter(message: KafkaMessage, details: DeadLetterDetails): Promise<void> {
    const topic = physicalTopic(this.options.topicPrefix, this.options.deadLetterTopic);
    this.log.error(
      `Dead-lettering ${details.sourceTopic}[${details.sourcePartition}]@${message.offset} to ${topic}: ${details.reason}: ${details.error}`,
    );
    if (!this.deadLetterProducer) {
      this.deadLetterProducer = this.options.kafka.producer({
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await this.deadLetterProducer.connect();
    }
    // Resolves only when the broker holds the record; the offset is committed after that.
    await this.deadLetterProducer.send({
      topic,
      acks: -1,
      messages: [deadLetterRecord(message, details)],
    });
  }
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
