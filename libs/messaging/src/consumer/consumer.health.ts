import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';

import { KafkaEventServer } from './kafka-event.server';

/**
 * Ready when the consumer group is joined and no partition waits for a dependency. While one
 * waits (the store or the broker is away) readiness is down and says which partition, since
 * when and why; it is up again once the pause is over (the record may still wait its turn
 * behind a backlog, which the details show as `resumed`). The details always carry
 * the consumer's counters (handled, dead-lettered, unknown event types, outage tries).
 */
@Injectable()
export class ConsumerHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly server: KafkaEventServer,
  ) {}

  check(key = 'consumer'): HealthIndicatorResult {
    const indicator = this.health.check(key);
    const { state, waiting, counters } = this.server.consumerStatus;
    const details = { state, counters, ...(waiting.length > 0 ? { waiting } : {}) };
    return state === 'consuming' ? indicator.up(details) : indicator.down(details);
  }
}
