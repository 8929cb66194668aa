import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { getModelToken } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';

import {
  BIRTH_REGISTERED_V1,
  BirthRegisteredV1,
  EventEnvelope,
  MARRIAGE_REGISTERED_V1,
  toKafkaRecord,
  TOPICS,
} from '@libs/contracts';
import {
  EventConsumer,
  EventFactory,
  KafkaEventServer,
  NonRetriableEventError,
  outboxPlugin,
  OutboxRelay,
  WithOutbox,
} from '@libs/messaging';
import { eventually, KafkaProbe, produceRaw, TestRun } from '@libs/testing';

import {
  birthRegistered,
  startStoreMessagingApp,
  testMessagingOptions,
} from './messaging-test-app';

/** Handler behaviour is chosen by the child's name, so each test drives its own event. */
class HandlerLog {
  readonly attempts = new Map<string, number>();
  readonly handled: string[] = [];
}

const log = new HandlerLog();

@EventConsumer()
class ScriptedBirthConsumer {
  @EventPattern(BIRTH_REGISTERED_V1.type)
  handle(@Payload() envelope: EventEnvelope<BirthRegisteredV1>): void {
    const script = envelope.data.child.fullName;
    const attempt = (log.attempts.get(envelope.id) ?? 0) + 1;
    log.attempts.set(envelope.id, attempt);
    if (script === 'Lỗi hai lần' && attempt <= 2) {
      throw new Error('transient failure');
    }
    if (script === 'Lỗi mãi') {
      throw new Error('permanent failure');
    }
    if (script === 'Từ chối') {
      throw new NonRetriableEventError('TEST.REJECTED', 'rules say no');
    }
    log.handled.push(envelope.id);
  }
}

interface ProbeAggregate extends WithOutbox {
  _id: string;
  label: string;
}
const probeAggregateSchema = new Schema<ProbeAggregate>({ _id: String, label: String });
probeAggregateSchema.plugin(outboxPlugin);

describe('messaging over a real broker and store', () => {
  const run = new TestRun();
  const { brokers } = run;
  const options = testMessagingOptions(run, 'intake', { maxAttempts: 3 });
  const { groupId } = options;
  const civilStatusTopic = run.topic(TOPICS.civilStatus);
  const deadLetterTopic = run.topic(options.deadLetterTopic);
  let app: INestApplication;
  let aggregates: Model<ProbeAggregate>;
  let events: EventFactory;
  const probe = new KafkaProbe(brokers);

  beforeAll(async () => {
    app = await startStoreMessagingApp(run, {
      database: 'messaging',
      model: { name: 'ProbeAggregate', schema: probeAggregateSchema },
      options,
      consumer: ScriptedBirthConsumer,
    });
    aggregates = app.get(getModelToken('ProbeAggregate'));
    events = app.get(EventFactory);
    await probe.start([civilStatusTopic, deadLetterTopic]);
  });

  afterAll(async () => {
    await probe.stop();
    await run.cleanUp();
  });

  it('should publish an aggregate’s outbox in order, with CloudEvents headers, and then clear it', async () => {
    const first = events.create(BIRTH_REGISTERED_V1, birthRegistered('Nguyễn Thị Một'), {
      subject: 'aggregate-1',
      time: new Date('2026-11-28T03:00:00Z'),
      communeCode: '14797',
    });
    const second = events.create(BIRTH_REGISTERED_V1, birthRegistered('Nguyễn Thị Hai'), {
      subject: 'aggregate-1',
      time: new Date('2026-11-28T03:00:01Z'),
      communeCode: '14797',
    });
    await aggregates.create({
      _id: 'aggregate-1',
      label: 'x',
      outbox: [first, second],
      outboxPending: true,
    });
    app.get(OutboxRelay).wake();

    await eventually(
      async () => {
        const stored = await aggregates.findById('aggregate-1').lean().exec();
        return stored && !stored.outboxPending && stored.outbox.length === 0 ? stored : undefined;
      },
      { description: 'outbox drained' },
    );
    // the relay has the broker's acknowledgement; the probe reads the records a moment later
    const published = await eventually(
      () => {
        const records = probe.records.filter((record) => record.key === 'aggregate-1');
        return records.length >= 2 ? records : undefined;
      },
      { description: 'both records read back from the broker' },
    );
    expect(published.map((record) => record.headers.ce_id)).toEqual([first.id, second.id]);
    expect(published[0]?.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_type: 'birth.registered.v1',
      ce_source: '/services/intake',
      ce_subject: 'aggregate-1',
      ce_communecode: '14797',
      'content-type': 'application/json',
    });
    expect(JSON.parse(published[0]?.value ?? '{}')).toEqual(first.data);
    expect(await app.get(OutboxRelay).relayOnce()).toBe(0);
  });

  it('should retry a transient failure and handle the event once', async () => {
    const entry = events.create(BIRTH_REGISTERED_V1, birthRegistered('Lỗi hai lần'), {
      subject: randomUUID(),
      time: new Date(),
    });
    await produceRaw(brokers, civilStatusTopic, [toKafkaRecord(entry)]);

    await eventually(() => (log.handled.includes(entry.id) ? true : undefined), {
      description: 'event handled after retries',
    });
    expect(log.attempts.get(entry.id)).toBe(3);
    expect(log.handled.filter((id) => id === entry.id)).toHaveLength(1);
  });

  it('should dead-letter an event that keeps failing, keep the original record, and move on', async () => {
    const failing = events.create(BIRTH_REGISTERED_V1, birthRegistered('Lỗi mãi'), {
      subject: 'same-key',
      time: new Date(),
    });
    const next = events.create(BIRTH_REGISTERED_V1, birthRegistered('Bình thường'), {
      subject: 'same-key',
      time: new Date(),
    });
    const failingRecord = toKafkaRecord(failing);
    await produceRaw(brokers, civilStatusTopic, [failingRecord, toKafkaRecord(next)]);

    const dead = await eventually(
      () =>
        probe.find(
          (record) => record.topic === deadLetterTopic && record.headers.ce_id === failing.id,
        ),
      { description: 'dead-lettered record' },
    );
    expect(dead.value).toBe(failingRecord.value);
    expect(dead.key).toBe('same-key');
    expect(dead.headers).toMatchObject({
      dlq_reason: 'retries-exhausted',
      dlq_attempts: '3',
      dlq_source_topic: civilStatusTopic,
      dlq_consumer_group: groupId,
      ce_type: 'birth.registered.v1',
    });
    expect(dead.headers.dlq_error).toContain('permanent failure');
    // The same partition keeps flowing: the next record of the same key is handled.
    await eventually(() => (log.handled.includes(next.id) ? true : undefined), {
      description: 'next event handled',
    });
    expect(log.handled).not.toContain(failing.id);
  });

  it('should dead-letter a non-retriable failure after one attempt', async () => {
    const rejected = events.create(BIRTH_REGISTERED_V1, birthRegistered('Từ chối'), {
      subject: randomUUID(),
      time: new Date(),
    });
    await produceRaw(brokers, civilStatusTopic, [toKafkaRecord(rejected)]);

    const dead = await eventually(
      () =>
        probe.find(
          (record) => record.topic === deadLetterTopic && record.headers.ce_id === rejected.id,
        ),
      { description: 'dead-lettered record' },
    );
    expect(dead.headers).toMatchObject({ dlq_reason: 'non-retriable', dlq_attempts: '1' });
    expect(dead.headers.dlq_error).toContain('TEST.REJECTED');
    expect(log.attempts.get(rejected.id)).toBe(1);
  });

  it('should dead-letter poison records without calling the handler', async () => {
    const contractBreaking = events.create(BIRTH_REGISTERED_V1, birthRegistered('Thiếu dữ liệu'), {
      subject: randomUUID(),
      time: new Date(),
    });
    const record = toKafkaRecord(contractBreaking);
    const brokenData = { ...JSON.parse(record.value) } as Record<string, unknown>;
    delete brokenData.child;
    await produceRaw(brokers, civilStatusTopic, [
      {
        key: 'poison-1',
        value: 'not json at all',
        headers: { 'content-type': 'application/json' },
      },
      { ...record, value: JSON.stringify(brokenData) },
    ]);

    const malformed = await eventually(
      () => probe.find((r) => r.topic === deadLetterTopic && r.key === 'poison-1'),
      { description: 'malformed record dead-lettered' },
    );
    expect(malformed.value).toBe('not json at all');
    expect(malformed.headers.dlq_reason).toBe('malformed-envelope');
    expect(malformed.headers.dlq_error).toContain('ce_specversion');
    const violating = await eventually(
      () =>
        probe.find((r) => r.topic === deadLetterTopic && r.headers.ce_id === contractBreaking.id),
      { description: 'contract violation dead-lettered' },
    );
    expect(violating.headers.dlq_reason).toBe('contract-violation');
    expect(violating.headers.dlq_error).toContain('child');
    expect(log.attempts.has(contractBreaking.id)).toBe(false);
  });

  it('should count and dead-letter an event version no handler knows, and skip another group’s type', async () => {
    const server = app.get(KafkaEventServer);
    const unknownBefore = server.consumerStatus.counters.unknownEventTypes;
    const subject = randomUUID();
    const entry = (childName: string) =>
      events.create(BIRTH_REGISTERED_V1, birthRegistered(childName), { subject, time: new Date() });
    const fromAProducerOnV2 = toKafkaRecord(entry('Phiên bản hai'));
    fromAProducerOnV2.headers.ce_type = 'birth.registered.v2';
    const othersEvent = toKafkaRecord(entry('Của nhóm khác'));
    othersEvent.headers.ce_type = MARRIAGE_REGISTERED_V1.type;
    const next = entry('Sau phiên bản hai');
    await produceRaw(brokers, civilStatusTopic, [
      fromAProducerOnV2,
      othersEvent,
      toKafkaRecord(next),
    ]);

    const dead = await eventually(
      () =>
        probe.find(
          (record) =>
            record.topic === deadLetterTopic &&
            record.headers.ce_id === fromAProducerOnV2.headers.ce_id,
        ),
      { description: 'the v2 record dead-lettered' },
    );
    expect(dead.headers).toMatchObject({
      dlq_reason: 'unknown-event-type',
      dlq_source_topic: civilStatusTopic,
      dlq_attempts: '0',
      ce_type: 'birth.registered.v2',
    });
    expect(dead.headers.dlq_error).toContain('handles birth.registered.v1 but not version 2');
    // the partition flows on; the other group's type is neither handled nor dead-lettered
    await eventually(() => (log.handled.includes(next.id) ? true : undefined), {
      description: 'the next event handled',
    });
    expect(
      probe.find(
        (record) =>
          record.headers.ce_id === othersEvent.headers.ce_id && record.topic === deadLetterTopic,
      ),
    ).toBeUndefined();
    expect(server.consumerStatus.counters.unknownEventTypes).toBe(unknownBefore + 1);
    expect(server.consumerStatus.counters.unknownEventTypesByType['birth.registered.v2']).toBe(1);
  });
});
