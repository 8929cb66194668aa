import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Admin } from 'kafkajs';

import { physicalTopic } from '@libs/contracts';
import { KafkaClient, MESSAGING_OPTIONS, MessagingOptions } from '@libs/messaging';

import { ConsumerLag } from '../domain/consumer-lag';
import { PROJECTED_EVENTS } from '../domain/day-contribution';

/** Records on the topics reporting consumes that its consumer group has not committed yet. */
@Injectable()
export class ConsumerLagReader implements ConsumerLag, OnApplicationShutdown {
  private admin: Admin | null = null;
  private readonly topics: string[];

  constructor(
    private readonly client: KafkaClient,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.topics = [...new Set(PROJECTED_EVENTS.map((event) => event.topic))].map((topic) =>
      physicalTopic(options.topicPrefix, topic),
    );
  }

  /**
   * Σ over partitions of (end offset − committed offset); a partition the group has not
   * committed on yet counts from its earliest offset, as the group will read it from there.
   */
  async lag(): Promise<number> {
    const admin = await this.connectedAdmin();
    const committed = await admin.fetchOffsets({
      groupId: this.options.groupId,
      topics: this.topics,
    });
    let lag = 0;
    for (const topic of this.topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const positions = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
      for (const end of ends) {
        const position = Number(
          positions.find((entry) => entry.partition === end.partition)?.offset ?? '-1',
        );
        const from = position >= 0 ? position : Number(end.low);
        lag += Math.max(0, Number(end.high) - from);
      }
    }
    return lag;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect();
  }

  private async connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.client.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }
}
