import { randomUUID } from 'node:crypto';
import { INestApplication, Module, Type } from '@nestjs/common';
import { ModelDefinition, MongooseModule } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';

import { BirthRegisteredV1, ServiceName } from '@libs/contracts';
import {
  deadLetterTopicFor,
  KafkaEventServer,
  MessagingModule,
  MessagingOptions,
} from '@libs/messaging';
import { testKafkaSecurity, TestRun } from '@libs/testing';

/**
 * Messaging options for one test run: its own topic prefix, consumer group and dead-letter
 * topic, and retries and outbox polls short enough for a test.
 */
export function testMessagingOptions(
  run: TestRun,
  service: ServiceName,
  overrides: Partial<MessagingOptions> = {},
): MessagingOptions {
  const groupId = run.groupId(service);
  return {
    service,
    clientId: groupId,
    brokers: run.brokers,
    security: testKafkaSecurity(),
    topicPrefix: run.prefix,
    groupId,
    deadLetterTopic: deadLetterTopicFor(groupId),
    partitions: 3,
    replicationFactor: 1,
    maxAttempts: 2,
    retryBaseMs: 10,
    outboxPollIntervalMs: 50,
    outboxBatchSize: 50,
    ...overrides,
  };
}

/** Starts a test module (store, messaging, consumers) with the Kafka consumer transport. */
export async function startMessagingApp(module: Type): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [module] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.connectMicroservice({ strategy: app.get(KafkaEventServer) });
  await app.init();
  await app.startAllMicroservices();
  return app;
}

/**
 * Starts messaging over the run's own database (`database`) with one model and one consumer;
 * the app is closed at the run's clean-up.
 */
export async function startStoreMessagingApp(
  run: TestRun,
  setup: { database: string; model: ModelDefinition; options: MessagingOptions; consumer: Type },
): Promise<INestApplication> {
  @Module({
    imports: [
      MongooseModule.forRoot(run.infrastructure.mongoUrl, {
        dbName: run.database(setup.database),
        retryWrites: false,
      }),
      MongooseModule.forFeature([setup.model]),
      MessagingModule.forRoot(setup.options),
    ],
    controllers: [setup.consumer],
  })
  class StoreMessagingTestModule {}

  return run.closeAtCleanUp(await startMessagingApp(StoreMessagingTestModule));
}

/** A birth registered at Phường Hạc Thành (or the commune given), the child named as given. */
export function birthRegistered(
  childName: string,
  registration: { registrationId?: string; communeCode?: string } = {},
): BirthRegisteredV1 {
  const communeCode = registration.communeCode ?? '14797';
  return Object.assign(new BirthRegisteredV1(), {
    registrationId: registration.registrationId ?? randomUUID(),
    communeCode,
    provinceCode: '38',
    registeredAt: '2026-11-28T03:00:00.000Z',
    child: { fullName: childName, dateOfBirth: '2026-11-20', sex: 'female' },
    mother: { fullName: 'Trần Thị Bình' },
    address: { line: 'Số 12, phố Trần Phú', communeCode },
  });
}
