import { randomUUID } from 'node:crypto';
import { Consumer, IHeaders, Kafka, logLevel } from 'kafkajs';

import {
  KafkaEnvironment,
  KafkaSecurity,
  kafkaSecurityFrom,
  validateEnvironment,
} from '@libs/config';

import { testInfrastructure } from './infrastructure';

export interface CapturedRecord {
  topic: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

function headerStrings(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [
      name,
      Array.isArray(value) ? String(value[0]) : String(value),
    ]),
  );
}

/** The test principal the global setup found, as a Kafka client's sasl and ssl options. */
export function testKafkaSecurity(): KafkaSecurity {
  return kafkaSecurityFrom(
    validateEnvironment(KafkaEnvironment, testInfrastructure().kafkaSecurity),
  );
}

/** The one place tests build a Kafka client: as the test principal. */
export function testKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({ clientId, brokers, ...testKafkaSecurity(), logLevel: logLevel.NOTHING });
}

/**
 * Reads topics from the beginning in a throwaway consumer group and keeps every record,
 * so a test can prove what the broker actually carried.
 */
export class KafkaProbe {
  readonly records: CapturedRecord[] = [];
  private consumer: Consumer | undefined;

  constructor(private readonly brokers: string[]) {}

  get kafka(): Kafka {
    return testKafka(this.brokers, 'test-probe');
  }

  async start(topics: string[]): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: `probe-${randomUUID()}` });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: ({ topic, message }) => {
        this.records.push({
          topic,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? null,
          headers: headerStrings(message.headers),
        });
        return Promise.resolve();
      },
    });
  }

  find(predicate: (record: CapturedRecord) => boolean): CapturedRecord | undefined {
    return this.records.find(predicate);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

/** Produces raw records, e.g. to redeliver an event or to send a poison record. */
export async function produceRaw(
  brokers: string[],
  topic: string,
  messages: { key?: string; value: string | null; headers?: Record<string, string> }[],
): Promise<void> {
  const producer = testKafka(brokers, 'test-producer').producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages, acks: -1 });
  } finally {
    await producer.disconnect();
  }
}
