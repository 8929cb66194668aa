import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';

import { KafkaClient } from './kafka-client.service';

const PROBE_TIMEOUT_MS = 3000;

/** Ready when the broker answers (ConsumerHealthIndicator reports the consumer group). */
@Injectable()
export class KafkaHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly client: KafkaClient,
  ) {}

  async check(key = 'kafka'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    try {
      const cluster = await Promise.race([
        this.client.describeCluster(),
        new Promise<never>((_, reject) =>
          setTimeout(
            () => reject(new Error('broker did not answer in time')),
            PROBE_TIMEOUT_MS,
          ).unref(),
        ),
      ]);
      return indicator.up(cluster);
    } catch (error) {
      return indicator.down({ error: error instanceof Error ? error.message : String(error) });
    }
  }
}
