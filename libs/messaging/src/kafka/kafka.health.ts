import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { KafkaEventServer } from '../consumer/kafka-event.server';
import { KafkaClient } from './kafka-client.service';

const PROBE_TIMEOUT_MS = 3000;

/** Ready when the broker answers and, if the service consumes, its group is joined. */
@Injectable()
export class KafkaHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly client: KafkaClient,
    private readonly server: KafkaEventServer,
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
      if (!this.server.isConsuming) {
        return indicator.down({ ...cluster, consumer: 'not joined' });
      }
      return indicator.up({ ...cluster, consumer: 'ok' });
    } catch (error) {
      return indicator.down({ error: error instanceof Error ? error.message : String(error) });
    }
  }
}
