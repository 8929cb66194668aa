import { Admin } from 'kafkajs';

import { groupLag } from './kafka-tools';
import { SERVICE_NAMES, ServiceSet } from './services';
import { Store } from './store';

export interface PipelineFigures {
  samples: number;
  /** Largest number of records a service's consumer group had not committed yet. */
  lagMax: Record<string, number>;
  /** Largest number of documents a service held with unpublished events. */
  outboxMax: Record<string, number>;
}

/**
 * Where the work waits: every couple of seconds, each consumer group's lag and each service's
 * outbox backlog, per phase. A queue that grows names the stage that cannot keep up.
 */
export class PipelineSampler {
  private set: ServiceSet | undefined;
  private phase = 'idle';
  private readonly phases = new Map<string, PipelineFigures>();
  private timer: NodeJS.Timeout | undefined;
  private sampling: Promise<void> | undefined;

  constructor(
    private readonly admin: Admin,
    private readonly store: Store,
    private readonly intervalMs = 2000,
  ) {}

  watch(set: ServiceSet | undefined): void {
    this.set = set;
  }

  enter(phase: string): void {
    this.phase = phase;
  }

  start(): void {
    this.timer = setInterval(() => {
      this.sampling ??= this.sample().finally(() => {
        this.sampling = undefined;
      });
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sampling;
  }

  figures(): Record<string, PipelineFigures> {
    return Object.fromEntries(this.phases);
  }

  private async sample(): Promise<void> {
    const set = this.set;
    const phase = this.phase;
    if (!set || phase === 'idle') {
      return;
    }
    try {
      let figures = this.phases.get(phase);
      if (!figures) {
        figures = { samples: 0, lagMax: {}, outboxMax: {} };
        this.phases.set(phase, figures);
      }
      figures.samples += 1;
      for (const service of SERVICE_NAMES) {
        const lag = await groupLag(this.admin, set.groupId(service));
        figures.lagMax[service] = Math.max(figures.lagMax[service] ?? 0, lag);
        const outbox = await this.store.outboxBacklog(set.database(service));
        figures.outboxMax[service] = Math.max(figures.outboxMax[service] ?? 0, outbox);
      }
    } catch {
      // a sample lost to a busy broker or store says nothing; the next one will
    }
  }
}
