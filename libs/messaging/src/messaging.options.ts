import { KafkaSecurity } from '@libs/config';
import { ServiceName } from '@libs/contracts';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface MessagingOptions {
  service: ServiceName;
  clientId: string;
  brokers: string[];
  /** The service's principal and TLS settings (kafkaSecurityFrom). */
  security: KafkaSecurity;
  topicPrefix: string;
  groupId: string;
  /** Logical name (before the prefix) of this consumer group's dead-letter topic. */
  deadLetterTopic: string;
  partitions: number;
  replicationFactor: number;
  maxAttempts: number;
  retryBaseMs: number;
  /** Longest pause between tries while a dependency is away (KafkaEventServer's default if unset). */
  infrastructureRetryMaxMs?: number;
  outboxPollIntervalMs: number;
  outboxBatchSize: number;
}

export function deadLetterTopicFor(groupId: string): string {
  return `dead-letter.${groupId}.v1`;
}
