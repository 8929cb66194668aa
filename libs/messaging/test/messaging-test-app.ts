import { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';

import { ServiceName } from '@libs/contracts';
import { deadLetterTopicFor, KafkaEventServer, MessagingOptions } from '@libs/messaging';
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
