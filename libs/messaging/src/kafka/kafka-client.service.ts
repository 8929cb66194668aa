import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Admin, Kafka, Message, Partitioners, Producer } from 'kafkajs';

import { physicalTopic, topicsUsedBy } from '@libs/contracts';

/** Records for one topic, sent together with others in one request. */
export interface TopicMessages {
  topic: string;
  messages: Message[];
}
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import { createKafka } from './kafka-connection';
import { ensureTopics } from './topic-provisioner';

/**
 * The service's connection to Kafka: one producer, one admin client, and the topics it writes
 * and reads (plus its dead-letter topic) created at start-up if missing. Only those: its
 * principal may not see the others (`npm run kafka:access`).
 */
@Injectable()
export class KafkaClient implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(KafkaClient.name);
  readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {
    this.kafka = createKafka(options.clientId, options.brokers, options.security);
    // The default partitioner is the Java client's murmur2, so agencies' clients agree on keys.
    this.producer = this.kafka.producer({
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.admin = this.kafka.admin();
  }

  async onModuleInit(): Promise<void> {
    await this.admin.connect();
    const created = await ensureTopics(
      this.admin,
      [
        ...topicsUsedBy(this.options.service).map((topic) => this.topic(topic)),
        this.topic(this.options.deadLetterTopic),
      ],
      { partitions: this.options.partitions, replicationFactor: this.options.replicationFactor },
    );
    if (created.length > 0) {
      this.logger.log(`Created topics ${created.join(', ')}`);
    }
    await this.producer.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
    await this.admin.disconnect();
  }

  /** The physical name of a catalogue topic in this deployment. */
  topic(logicalName: string): string {
    return physicalTopic(this.options.topicPrefix, logicalName);
  }

  /** Sends with acks from all in-sync replicas; resolves only once the broker has them. */
  async send(topic: string, messages: Message[]): Promise<void> {
    await this.producer.send({ topic, messages, acks: -1 });
  }

  /** Sends records for several topics in one request; resolves once all in-sync replicas have them. */
  async sendBatch(topicMessages: TopicMessages[]): Promise<void> {
    if (topicMessages.length > 0) {
      await this.producer.sendBatch({ topicMessages, acks: -1 });
    }
  }

  /** Broker reachability for the readiness probe. */
  async describeCluster(): Promise<{ brokers: number }> {
    const cluster = await this.admin.describeCluster();
    return { brokers: cluster.brokers.length };
  }
}
