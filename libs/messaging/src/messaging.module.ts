import { DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { kafkaSecurityFrom, ServiceEnvironment } from '@libs/config';
import { ServiceName } from '@libs/contracts';
import { compact } from '@libs/persistence';

import { ConsumerHealthIndicator } from './consumer/consumer.health';
import { KafkaEventServer } from './consumer/kafka-event.server';
import { KafkaHealthIndicator } from './kafka/kafka.health';
import { KafkaClient } from './kafka/kafka-client.service';
import { deadLetterTopicFor, MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { EventFactory } from './outbox/event-factory.service';
import { OutboxRelay } from './outbox/outbox-relay.service';

export function messagingOptionsFrom(
  service: ServiceName,
  env: ServiceEnvironment,
): MessagingOptions {
  const groupId = env.KAFKA_GROUP_ID || service;
  return {
    service,
    clientId: `${service}-${process.pid}`,
    brokers: env.KAFKA_BROKERS,
    security: kafkaSecurityFrom(env),
    topicPrefix: env.KAFKA_TOPIC_PREFIX,
    groupId,
    deadLetterTopic: deadLetterTopicFor(groupId),
    partitions: env.KAFKA_TOPIC_PARTITIONS,
    replicationFactor: env.KAFKA_REPLICATION_FACTOR,
    maxAttempts: env.CONSUMER_MAX_ATTEMPTS,
    retryBaseMs: env.CONSUMER_RETRY_BASE_MS,
    outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
    outboxBatchSize: env.OUTBOX_BATCH_SIZE,
  };
}

/**
 * Kafka for one service: topic provisioning, the outbox relay, the event factory, the
 * consumer transport and the broker and consumer health indicators.
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [TerminusModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        KafkaClient,
        EventFactory,
        OutboxRelay,
        KafkaHealthIndicator,
        ConsumerHealthIndicator,
        {
          provide: KafkaEventServer,
          inject: [KafkaClient],
          useFactory: (client: KafkaClient) =>
            new KafkaEventServer({
              kafka: client.kafka,
              groupId: options.groupId,
              topicPrefix: options.topicPrefix,
              deadLetterTopic: options.deadLetterTopic,
              maxAttempts: options.maxAttempts,
              retryBaseMs: options.retryBaseMs,
              ...compact({ infrastructureRetryMaxMs: options.infrastructureRetryMaxMs }),
            }),
        },
      ],
      exports: [
        MESSAGING_OPTIONS,
        KafkaClient,
        EventFactory,
        OutboxRelay,
        KafkaHealthIndicator,
        ConsumerHealthIndicator,
        KafkaEventServer,
      ],
    };
  }
}
