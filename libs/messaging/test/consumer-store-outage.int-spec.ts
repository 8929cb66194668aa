import { randomUUID } from 'node:crypto';
import { INestApplication, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { getModelToken, InjectModel, MongooseModule } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';

import {
  BIRTH_REGISTERED_V1,
  BirthRegisteredV1,
  EventEnvelope,
  toKafkaRecord,
  TOPICS,
} from '@libs/contracts';
import {
  ConsumerHealthIndicator,
  EventConsumer,
  EventFactory,
  MessagingModule,
} from '@libs/messaging';
import {
  eventually,
  KafkaProbe,
  PrivateStore,
  produceRaw,
  STORE_BUILD_TIMEOUT_MS,
  TestRun,
} from '@libs/testing';

import { birthRegistered, startMessagingApp, testMessagingOptions } from './messaging-test-app';

interface Greeting {
  _id: string;
  childName: string;
}
const greetingSchema = new Schema<Greeting>({ _id: String, childName: String });

/** How many times the handler was entered, whether or not the store answered. */
let handlerCalls = 0;

/** An effect in the store per event, as every consumer of the services has. */
@EventConsumer()
class GreetingConsumer {
  constructor(@InjectModel('Greeting') private readonly greetings: Model<Greeting>) {}

  @EventPattern(BIRTH_REGISTERED_V1.type)
  async handle(@Payload() envelope: EventEnvelope<BirthRegisteredV1>): Promise<void> {
    handlerCalls += 1;
    await this.greetings.updateOne(
      { _id: envelope.data.registrationId },
      { $set: { childName: envelope.data.child.fullName } },
      { upsert: true },
    );
  }
}

/**
 * A consumer whose store goes away (kill -9) while events keep arriving. An outage is not
 * the events' fault: the consumer must outlast its retry budget without dead-lettering or
 * committing them, say so in readiness, and apply every one once the store is back.
 */
describe('a consumer while its store is down', () => {
  const run = new TestRun();
  const { brokers } = run;
  const store = new PrivateStore('consumer-outage');
  const options = testMessagingOptions(run, 'correspondence', {
    partitions: 1,
    infrastructureRetryMaxMs: 200,
  });
  const civilStatusTopic = run.topic(TOPICS.civilStatus);
  const deadLetterTopic = run.topic(options.deadLetterTopic);
  const deadLetters = new KafkaProbe(brokers);
  let app: INestApplication;
  let greetings: Model<Greeting>;

  beforeAll(async () => {
    await store.start();

    @Module({
      imports: [
        MongooseModule.forRoot(store.url, {
          dbName: 'outage',
          retryWrites: false,
          serverSelectionTimeoutMS: 300,
        }),
        MongooseModule.forFeature([{ name: 'Greeting', schema: greetingSchema }]),
        MessagingModule.forRoot(options),
      ],
      controllers: [GreetingConsumer],
    })
    class OutageTestModule {}

    app = run.closeAtCleanUp(await startMessagingApp(OutageTestModule));
    greetings = app.get(getModelToken('Greeting'));
    await deadLetters.start([deadLetterTopic]);
  }, STORE_BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await deadLetters.stop();
    await run.cleanUp();
    await store.remove();
  });

  it('should apply every event once the store is back, dead-lettering none', async () => {
    const events = app.get(EventFactory);
    const registrationIds = [randomUUID(), randomUUID(), randomUUID()];
    const registrations = ['Lê Một', 'Lê Hai', 'Lê Ba'].map((childName, index) =>
      events.create(
        BIRTH_REGISTERED_V1,
        birthRegistered(childName, { registrationId: registrationIds[index] }),
        { subject: randomUUID(), time: new Date() },
      ),
    );
    await store.kill();
    const callsBefore = handlerCalls;
    await produceRaw(brokers, civilStatusTopic, registrations.map(toKafkaRecord));

    // Well past the retry budget (two attempts per event) while the store stays down.
    await eventually(
      () => (handlerCalls - callsBefore > 2 * options.maxAttempts ? true : undefined),
      { description: 'handler tried beyond its retry budget during the outage' },
    );
    expect(deadLetters.records).toEqual([]);
    // readiness says the consumer waits, and for which record (between a pause's end and the
    // next failing try it is briefly up: the record is fetched again)
    const readiness = app.get(ConsumerHealthIndicator);
    const waiting = await eventually(() => {
      const consumer = readiness.check('consumer').consumer;
      return consumer?.state === 'waiting' ? consumer : undefined;
    });
    expect(waiting).toMatchObject({ status: 'down', state: 'waiting' });
    expect(waiting?.waiting).toEqual([
      expect.objectContaining({
        topic: civilStatusTopic,
        partition: 0,
        offset: expect.any(String),
      }),
    ]);
    expect(waiting?.waiting[0].error).toMatch(/Mongo/);

    await store.start();
    const stored = await eventually(
      async () => {
        const found = await greetings
          .find({ _id: { $in: registrationIds } })
          .lean()
          .exec();
        return found.length === registrations.length ? found : undefined;
      },
      { description: 'every event applied after the outage', timeoutMs: 60_000 },
    );
    expect(stored.map((greeting) => greeting.childName).sort()).toEqual([
      'Lê Ba',
      'Lê Hai',
      'Lê Một',
    ]);
    expect(deadLetters.records).toEqual([]);
    const recovered = await eventually(
      () => {
        const consumer = readiness.check('consumer').consumer;
        return consumer?.counters.handled === 3 ? consumer : undefined;
      },
      { description: 'readiness up again' },
    );
    expect(recovered).toMatchObject({ status: 'up', state: 'consuming' });
    expect(recovered.counters).toMatchObject({ deadLettered: 0, unknownEventTypes: 0 });
  });
});
