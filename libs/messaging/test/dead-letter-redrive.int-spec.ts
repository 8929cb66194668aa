import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { getModelToken, InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';

import {
  BIRTH_REGISTERED_V1,
  BirthRegisteredV1,
  EventEnvelope,
  toKafkaRecord,
  TOPICS,
} from '@libs/contracts';
import {
  EventConsumer,
  EventFactory,
  NonRetriableEventError,
  redriveDeadLetters,
} from '@libs/messaging';
import { insertOnce } from '@libs/persistence';
import { eventually, KafkaProbe, produceRaw, testKafka, TestRun } from '@libs/testing';

import {
  birthRegistered,
  startStoreMessagingApp,
  testMessagingOptions,
} from './messaging-test-app';

interface Letter {
  _id: string;
  childName: string;
}
const letterSchema = new Schema<Letter>({ _id: String, childName: String });

/** The reference data the handler checks; "the fix" adds the missing commune. */
const knownCommunes = new Set(['14797']);
/** Handler entries per registration, whatever their outcome. */
const deliveries = new Map<string, number>();

/** One letter per registration, written once, as correspondence does. */
@EventConsumer()
class LetterConsumer {
  constructor(@InjectModel('Letter') private readonly letters: Model<Letter>) {}

  @EventPattern(BIRTH_REGISTERED_V1.type)
  async handle(@Payload() envelope: EventEnvelope<BirthRegisteredV1>): Promise<void> {
    const { registrationId, communeCode, child } = envelope.data;
    deliveries.set(registrationId, (deliveries.get(registrationId) ?? 0) + 1);
    if (!knownCommunes.has(communeCode)) {
      throw new NonRetriableEventError(
        'COMMUNE.UNKNOWN',
        `No 2025 commune has code ${communeCode}`,
      );
    }
    await insertOnce(this.letters, { _id: `birth:${registrationId}`, childName: child.fullName });
  }
}

/**
 * A poison record is dead-lettered, its cause is fixed, and the operator re-drives the
 * dead-letter topic: the effect happens exactly once, however often the topic is re-driven.
 */
describe('re-driving a dead-letter topic', () => {
  const run = new TestRun();
  const { brokers } = run;
  const options = testMessagingOptions(run, 'correspondence');
  const civilStatusTopic = run.topic(TOPICS.civilStatus);
  const deadLetterTopic = run.topic(options.deadLetterTopic);
  const kafka = testKafka(brokers, `redrive-${run.id}`);
  const probe = new KafkaProbe(brokers);
  let app: INestApplication;
  let letters: Model<Letter>;

  beforeAll(async () => {
    app = await startStoreMessagingApp(run, {
      database: 'redrive',
      model: { name: 'Letter', schema: letterSchema },
      options,
      consumer: LetterConsumer,
    });
    letters = app.get(getModelToken('Letter'));
    await probe.start([civilStatusTopic, deadLetterTopic]);
  });

  afterAll(async () => {
    await probe.stop();
    await run.cleanUp();
  });

  const birth = (communeCode: string, childName: string) =>
    app.get(EventFactory).create(BIRTH_REGISTERED_V1, birthRegistered(childName, { communeCode }), {
      subject: randomUUID(),
      time: new Date(),
    });
  const lettersFor = (registrationId: string) =>
    letters.countDocuments({ _id: `birth:${registrationId}` }).exec();
  const onSourceTopic = (eventId: string) =>
    probe.records.filter(
      (record) => record.topic === civilStatusTopic && record.headers.ce_id === eventId,
    );

  it('should apply a fixed dead letter exactly once, however often the topic is re-driven', async () => {
    const poison = birth('31999', 'Lê Thị Chờ');
    const healthy = birth('14797', 'Lê Văn Ngay');
    const poisonId = (poison.data as BirthRegisteredV1).registrationId;
    await produceRaw(brokers, civilStatusTopic, [toKafkaRecord(poison), toKafkaRecord(healthy)]);

    const dead = await eventually(
      () =>
        probe.find(
          (record) => record.topic === deadLetterTopic && record.headers.ce_id === poison.id,
        ),
      { description: 'the poison record dead-lettered' },
    );
    expect(dead.headers.dlq_reason).toBe('non-retriable');
    await eventually(
      async () =>
        (await lettersFor((healthy.data as BirthRegisteredV1).registrationId)) === 1
          ? true
          : undefined,
      { description: 'the healthy record applied' },
    );
    expect(await lettersFor(poisonId)).toBe(0);

    // a dry run lists the record and changes nothing
    const dryRun = await redriveDeadLetters({ kafka, topic: deadLetterTopic, dryRun: true });
    expect(dryRun).toMatchObject({ redriven: 1, dryRun: true, skipped: [] });

    knownCommunes.add('31999');
    const first = await redriveDeadLetters({ kafka, topic: deadLetterTopic });
    expect(first).toMatchObject({
      redriven: 1,
      bySourceTopic: { [civilStatusTopic]: 1 },
      skipped: [],
    });
    await eventually(async () => ((await lettersFor(poisonId)) === 1 ? true : undefined), {
      description: 'the re-driven record applied',
    });
    const redriven = await eventually(
      () => (onSourceTopic(poison.id).length === 2 ? onSourceTopic(poison.id)[1] : undefined),
      { description: 'the re-driven record on its source topic' },
    );
    // the original record: key, value and event id, without the dead-letter headers
    expect(redriven.key).toBe(dead.key);
    expect(redriven.value).toBe(dead.value);
    expect(redriven.headers.ce_type).toBe('birth.registered.v1');
    expect(redriven.headers.redrive_from).toMatch(new RegExp(`^${deadLetterTopic}/\\d+/\\d+$`));
    expect(Object.keys(redriven.headers).filter((name) => name.startsWith('dlq_'))).toEqual([]);

    // the tool's committed offsets: a rerun sends nothing
    const second = await redriveDeadLetters({ kafka, topic: deadLetterTopic });
    expect(second).toMatchObject({ redriven: 0 });

    // re-driven again regardless (another group): consumers' idempotency keeps one effect
    const deliveriesBefore = deliveries.get(poisonId) ?? 0;
    const forced = await redriveDeadLetters({
      kafka,
      topic: deadLetterTopic,
      groupId: run.groupId('another-redrive'),
    });
    expect(forced).toMatchObject({ redriven: 1 });
    await eventually(
      () => ((deliveries.get(poisonId) ?? 0) > deliveriesBefore ? true : undefined),
      { description: 'the record delivered again' },
    );
    await eventually(() => (onSourceTopic(poison.id).length === 3 ? true : undefined), {
      description: 'the second re-drive on the source topic',
    });
    expect(await lettersFor(poisonId)).toBe(1);
    expect(
      probe.records.filter(
        (record) => record.topic === deadLetterTopic && record.headers.ce_id === poison.id,
      ),
    ).toHaveLength(1);
  });
});
