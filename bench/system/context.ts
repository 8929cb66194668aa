import { Admin, Kafka } from 'kafkajs';

import { Commune } from '@libs/reference-data';
import { TestAuthority } from '@libs/testing';

import { groupLag } from './kafka-tools';
import { BenchOptions } from './options';
import { ProcessSampler } from './process-sampler';
import { SERVICE_NAMES, ServiceSet } from './services';
import { Store } from './store';

/** What every scenario gets: settings, the servers and the benchmark's own clients. */
export interface BenchContext {
  options: BenchOptions;
  store: Store;
  kafka: Kafka;
  admin: Admin;
  sampler: ProcessSampler;
  authority: TestAuthority;
  /** `Bearer …` for a one-stop officer of every commune in `communes`. */
  officer: string;
  /** The communes the load is spread over (one province's first communes). */
  communes: Commune[];
  runDir: string;
  /** The store's process, when the benchmark knows it (for its heap and whether it lives). */
  storePid?: number;
  log(message: string): void;
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

export interface QuietOutcome {
  quiet: boolean;
  waitedMs: number;
  /** Records the set's consumer groups had not committed yet, when the wait ended. */
  lag: number;
  /** Documents with unpublished events, when the wait ended. */
  outbox: number;
}

/**
 * Waits until a set of services has nothing left to do: every consumer group has committed
 * every record of the set's topics and no outbox holds an unpublished event (twice in a row,
 * since handling a record may publish another).
 */
export async function waitQuiet(
  context: BenchContext,
  set: ServiceSet,
  timeoutMs: number,
): Promise<QuietOutcome> {
  const started = Date.now();
  let calm = 0;
  let lag = 0;
  let outbox = 0;
  while (Date.now() - started < timeoutMs) {
    lag = 0;
    for (const service of SERVICE_NAMES) {
      lag += await groupLag(context.admin, set.groupId(service));
    }
    outbox = 0;
    for (const service of SERVICE_NAMES) {
      outbox += await context.store.outboxBacklog(set.database(service));
    }
    calm = lag === 0 && outbox === 0 ? calm + 1 : 0;
    if (calm >= 2) {
      return { quiet: true, waitedMs: Date.now() - started, lag, outbox };
    }
    await sleep(500);
  }
  return { quiet: false, waitedMs: Date.now() - started, lag, outbox };
}
