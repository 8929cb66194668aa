import { Logger } from '@nestjs/common';
import { EachBatchPayload, IHeaders, Kafka, KafkaJSConnectionError, KafkaMessage } from 'kafkajs';
import { mongo } from 'mongoose';

import {
  BIRTH_REGISTERED_V1,
  BirthRegisteredV1,
  EventEnvelope,
  MARRIAGE_REGISTERED_V1,
  toKafkaRecord,
} from '@libs/contracts';
import { DomainError } from '@libs/errors';

import { NonRetriableEventError } from './event-handling.errors';
import { KafkaEventServer } from './kafka-event.server';

const TOPIC = 'intake.civil-status.v1';
const PARTITION = 2;

const birth: BirthRegisteredV1 = Object.assign(new BirthRegisteredV1(), {
  registrationId: '0b8f5a9e-5e0e-4a39-a3c4-7f2d2c1f6a01',
  communeCode: '14797',
  provinceCode: '38',
  registeredAt: '2026-11-28T03:00:00.000Z',
  child: { fullName: 'Lê Minh Khôi', dateOfBirth: '2026-11-20', sex: 'male' },
  mother: { fullName: 'Trần Thị Bình' },
  address: { line: 'Số 12, phố Trần Phú', communeCode: '14797' },
});

function recordOf(type: string, offset: string, data: unknown = birth): KafkaMessage {
  const envelope: EventEnvelope = {
    specversion: '1.0',
    id: `event-${offset}`,
    type,
    source: '/services/intake',
    subject: birth.registrationId,
    time: '2026-11-28T03:00:00.000Z',
    datacontenttype: 'application/json',
    correlationid: 'correlation-1',
    data,
  };
  const parts = toKafkaRecord(envelope);
  return {
    key: Buffer.from(parts.key),
    value: Buffer.from(parts.value),
    headers: parts.headers,
    timestamp: '1795888800000',
    attributes: 0,
    offset,
  };
}

/** What kafkajs hands to eachBatch, recording what the server does with the partition. */
function fetched(messages: KafkaMessage[]) {
  const seen = { resolved: [] as string[], committed: [] as string[], paused: 0, resumed: 0 };
  const payload = {
    batch: { topic: TOPIC, partition: PARTITION, messages },
    resolveOffset: (offset: string) => seen.resolved.push(offset),
    heartbeat: () => Promise.resolve(),
    pause: () => {
      seen.paused += 1;
      return () => {
        seen.resumed += 1;
      };
    },
    commitOffsetsIfNecessary: (offsets: {
      topics: { partitions: { offset: string }[] }[];
    }): Promise<void> => {
      seen.committed.push(offsets.topics[0]?.partitions[0]?.offset ?? '?');
      return Promise.resolve();
    },
    uncommittedOffsets: () => ({ topics: [] }),
    isRunning: () => true,
    isStale: () => false,
  } as unknown as EachBatchPayload;
  return { payload, seen };
}

function header(headers: IHeaders | undefined, name: string): string | undefined {
  return headers?.[name]?.toString();
}

describe('KafkaEventServer', () => {
  const deadLetters: { topic: string; headers: IHeaders | undefined }[] = [];
  let sendFailure: Error | undefined;
  const kafka = {
    producer: () => ({
      connect: () => Promise.resolve(),
      disconnect: () => Promise.resolve(),
      send: ({ topic, messages }: { topic: string; messages: { headers?: IHeaders }[] }) => {
        if (sendFailure) {
          return Promise.reject(sendFailure);
        }
        deadLetters.push(...messages.map((message) => ({ topic, headers: message.headers })));
        return Promise.resolve([]);
      },
    }),
  } as unknown as Kafka;
  let handler: jest.Mock<Promise<void>, [EventEnvelope]>;
  let server: KafkaEventServer;
  let warnings: jest.SpyInstance;

  const handle = (payload: EachBatchPayload): Promise<void> =>
    (server as unknown as { handleBatch(p: EachBatchPayload): Promise<void> }).handleBatch(payload);

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-12-01T14:46:18.700Z') });
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    deadLetters.length = 0;
    sendFailure = undefined;
    handler = jest.fn<Promise<void>, [EventEnvelope]>(() => Promise.resolve());
    server = new KafkaEventServer({
      kafka,
      groupId: 'correspondence',
      topicPrefix: '',
      deadLetterTopic: 'dead-letter.correspondence.v1',
      maxAttempts: 3,
      retryBaseMs: 100,
      infrastructureRetryMaxMs: 400,
    });
    server.addHandler(
      BIRTH_REGISTERED_V1.type,
      (envelope: EventEnvelope) => handler(envelope),
      true,
    );
    // as after kafkajs's GROUP_JOIN
    (server as unknown as { joined: boolean }).joined = true;
  });

  afterEach(async () => {
    await server.close();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  describe('when a dependency is unavailable', () => {
    it('should pause the partition and retry with capped exponential backoff until it is back, never dead-lettering or committing past the record', async () => {
      const outage = new mongo.MongoNetworkError('connect ECONNREFUSED 127.0.0.1:27017');
      handler
        .mockRejectedValueOnce(outage)
        .mockRejectedValueOnce(outage)
        .mockRejectedValueOnce(outage)
        .mockRejectedValueOnce(outage)
        .mockRejectedValueOnce(outage);
      const delays: number[] = [];

      // kafkajs fetches the partition again from the unresolved record after each resume
      for (let fetch = 1; fetch <= 5; fetch += 1) {
        const { payload, seen } = fetched([recordOf(BIRTH_REGISTERED_V1.type, '18')]);
        await handle(payload);
        expect(seen).toEqual({ resolved: [], committed: [], paused: 1, resumed: 0 });
        const status = server.consumerStatus;
        expect(status.state).toBe('waiting');
        expect(status.waiting).toEqual([
          expect.objectContaining({
            topic: TOPIC,
            partition: PARTITION,
            offset: '18',
            tries: fetch,
            resumed: false,
            since: '2026-12-01T14:46:18.700Z',
          }),
        ]);
        const wait = Date.parse(status.waiting[0]?.nextTryAt ?? '') - Date.now();
        delays.push(wait);
        await jest.advanceTimersByTimeAsync(wait - 1);
        expect(seen.resumed).toBe(0);
        await jest.advanceTimersByTimeAsync(1);
        expect(seen.resumed).toBe(1);
        // Resumed, the record waits for its fetch (behind a backlog, it may wait long): the
        // consumer is ready again and still says which record has not gone through.
        expect(server.consumerStatus).toMatchObject({
          state: 'consuming',
          waiting: [expect.objectContaining({ offset: '18', tries: fetch, resumed: true })],
        });
      }
      expect(delays).toEqual([100, 200, 400, 400, 400]);

      const { payload, seen } = fetched([recordOf(BIRTH_REGISTERED_V1.type, '18')]);
      await handle(payload);

      expect(seen).toMatchObject({ resolved: ['18'], committed: ['19'], paused: 0 });
      expect(deadLetters).toEqual([]);
      expect(server.consumerStatus).toMatchObject({
        state: 'consuming',
        waiting: [],
        counters: { handled: 1, deadLettered: 0, infrastructureFailures: 5 },
      });
      expect(handler).toHaveBeenCalledTimes(6);
    });

    it('should commit the records handled before the one that waits, and none after it', async () => {
      handler.mockResolvedValueOnce(undefined).mockRejectedValueOnce(
        new mongo.MongoServerSelectionError('Server selection timed out', {
          error: new mongo.MongoNetworkError('connect ECONNREFUSED'),
        } as never),
      );
      const { payload, seen } = fetched([
        recordOf(BIRTH_REGISTERED_V1.type, '5'),
        recordOf(BIRTH_REGISTERED_V1.type, '6'),
        recordOf(BIRTH_REGISTERED_V1.type, '7'),
      ]);

      await handle(payload);

      expect(seen).toMatchObject({ resolved: ['5'], committed: ['6'], paused: 1 });
      expect(handler).toHaveBeenCalledTimes(2);
    });

    it('should stop retrying an unexpected failure and wait once the store turns out to be down', async () => {
      handler
        .mockRejectedValueOnce(new Error('transient bug'))
        .mockRejectedValueOnce(new mongo.MongoNetworkTimeoutError('socket timed out'));
      const { payload, seen } = fetched([recordOf(BIRTH_REGISTERED_V1.type, '3')]);

      const handling = handle(payload);
      await jest.advanceTimersByTimeAsync(1000);
      await handling;

      expect(seen).toMatchObject({ resolved: [], committed: [], paused: 1 });
      expect(deadLetters).toEqual([]);
    });

    it('should wait, not skip, when the dead-letter topic cannot be written', async () => {
      sendFailure = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED');
      handler.mockRejectedValue(new NonRetriableEventError('COMMUNE.UNKNOWN', 'No commune 99999'));

      const first = fetched([recordOf(BIRTH_REGISTERED_V1.type, '9')]);
      await handle(first.payload);
      expect(first.seen).toMatchObject({ resolved: [], committed: [], paused: 1 });

      sendFailure = undefined;
      await jest.advanceTimersByTimeAsync(100);
      const second = fetched([recordOf(BIRTH_REGISTERED_V1.type, '9')]);
      await handle(second.payload);

      expect(second.seen).toMatchObject({ resolved: ['9'], committed: ['10'], paused: 0 });
      expect(deadLetters.map((record) => header(record.headers, 'dlq_reason'))).toEqual([
        'non-retriable',
      ]);
    });
  });

  describe('when the event fails on its own merits', () => {
    it('should dead-letter a record the domain rejects at once and move on', async () => {
      handler
        .mockRejectedValueOnce(new NonRetriableEventError('COMMUNE.UNKNOWN', 'No commune 99999'))
        .mockRejectedValueOnce(new DomainError('BIRTH.DATE_IN_FUTURE', 'invalid', 'in the future'));
      const { payload, seen } = fetched([
        recordOf(BIRTH_REGISTERED_V1.type, '1'),
        recordOf(BIRTH_REGISTERED_V1.type, '2'),
      ]);

      await handle(payload);

      expect(seen).toMatchObject({ resolved: ['1', '2'], committed: ['3'], paused: 0 });
      expect(deadLetters.map((record) => header(record.headers, 'dlq_reason'))).toEqual([
        'non-retriable',
        'non-retriable',
      ]);
      expect(deadLetters.map((record) => header(record.headers, 'dlq_attempts'))).toEqual([
        '1',
        '1',
      ]);
      expect(handler).toHaveBeenCalledTimes(2);
    });

    it('should dead-letter a record that breaks the contract without calling the handler', async () => {
      const { payload, seen } = fetched([
        recordOf(BIRTH_REGISTERED_V1.type, '4', { ...birth, child: undefined }),
      ]);

      await handle(payload);

      expect(seen.resolved).toEqual(['4']);
      expect(header(deadLetters[0]?.headers, 'dlq_reason')).toBe('contract-violation');
      expect(handler).not.toHaveBeenCalled();
    });
  });

  describe('records no handler of the group knows', () => {
    it('should count, log and dead-letter a version of a handled event that no handler knows', async () => {
      const { payload, seen } = fetched([recordOf('birth.registered.v2', '40')]);

      await handle(payload);

      expect(seen).toMatchObject({ resolved: ['40'], committed: ['41'] });
      expect(deadLetters).toHaveLength(1);
      expect(deadLetters[0]?.topic).toBe('dead-letter.correspondence.v1');
      expect(header(deadLetters[0]?.headers, 'dlq_reason')).toBe('unknown-event-type');
      expect(header(deadLetters[0]?.headers, 'dlq_error')).toContain(
        'handles birth.registered.v1 but not version 2',
      );
      expect(header(deadLetters[0]?.headers, 'ce_type')).toBe('birth.registered.v2');
      expect(server.consumerStatus.counters).toMatchObject({
        unknownEventTypes: 1,
        unknownEventTypesByType: { 'birth.registered.v2': 1 },
        deadLettered: 1,
      });
      const logged = warnings.mock.calls.map(([line]) => String(line));
      expect(logged).toContainEqual(
        expect.stringMatching(
          /Unknown event type birth\.registered version 2 \(event-40\) on intake\.civil-status\.v1\[2\]@40/,
        ),
      );
      expect(handler).not.toHaveBeenCalled();
    });

    it('should dead-letter a type missing from the contract catalogue', async () => {
      const { payload } = fetched([recordOf('birth.registred.v1', '41')]);

      await handle(payload);

      expect(header(deadLetters[0]?.headers, 'dlq_reason')).toBe('unknown-event-type');
      expect(header(deadLetters[0]?.headers, 'dlq_error')).toContain(
        'no event type birth.registred.v1 in the contract catalogue',
      );
      expect(server.consumerStatus.counters.unknownEventTypes).toBe(1);
    });

    it('should skip, without a dead letter, an event of the catalogue that only other groups handle', async () => {
      const { payload, seen } = fetched([recordOf(MARRIAGE_REGISTERED_V1.type, '42', {})]);

      await handle(payload);

      expect(seen).toMatchObject({ resolved: ['42'], committed: ['43'] });
      expect(deadLetters).toEqual([]);
      expect(server.consumerStatus.counters.unknownEventTypes).toBe(0);
    });
  });
});
