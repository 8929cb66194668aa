import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { AnyBulkWriteOperation, Connection, Model, mongo } from 'mongoose';

import { PollingLoop } from '@libs/clock';
import { toKafkaRecord } from '@libs/contracts';

import { KafkaClient, TopicMessages } from '../kafka/kafka-client.service';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import {
  OUTBOX_WRITTEN,
  OutboxEntry,
  OutboxWritten,
  usesOutbox,
  WithOutbox,
} from './outbox.schema';

const LEASE_MS = 30_000;

type OutboxDocument = WithOutbox & { _id: unknown };

interface Claimed {
  model: Model<OutboxDocument>;
  documents: OutboxDocument[];
}

/**
 * Publishes the events waiting in aggregate documents.
 *
 * - Writers hand it the ids they wrote (the outbox plugin's OUTBOX_WRITTEN), so a pass reads
 *   those documents by `_id`; a sweep over the `outboxPending` index every poll interval is
 *   the safety net for hints lost to a crash or written by another replica.
 * - A pass claims its documents with one conditional update that sets a lease and an owner
 *   token, so replicas never hold the same document; only the owner removes what it published.
 * - Everything claimed goes to the broker in one batch, acknowledged by all in-sync replicas,
 *   before anything is removed. Delivery is at least once: a crash between the broker's
 *   acknowledgement and the removal republishes after the lease, and consumers are idempotent.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly hints = new Map<string, Set<unknown>>();
  private readonly onWritten = (written: OutboxWritten): void => this.hint(written);
  private readonly loop: PollingLoop<number>;
  private lastSweep = 0;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly kafka: KafkaClient,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.loop = new PollingLoop({
      pass: () => this.relayOnce(false),
      intervalMs: options.outboxPollIntervalMs,
      // more hints came in during the pass: go again now; after a failure, a poll interval
      delayAfter: () => (this.hasHints() ? 0 : options.outboxPollIntervalMs),
      onError: (error) =>
        this.logger.warn(`Outbox relay pass failed, will retry: ${String(error)}`),
    });
  }

  onApplicationBootstrap(): void {
    this.connection.on(OUTBOX_WRITTEN, this.onWritten);
    this.loop.start(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.connection.off(OUTBOX_WRITTEN, this.onWritten);
    await this.loop.stop();
  }

  /** Asks for a pass soon, so a fresh write need not wait for the next sweep. */
  wake(): void {
    this.loop.wake();
  }

  /**
   * One pass: the hinted documents, then (when due, or when asked with `sweep`) the sweep.
   * Returns how many events were published.
   */
  async relayOnce(sweep = true): Promise<number> {
    let published = 0;
    for (const model of this.outboxModels()) {
      published += await this.publishClaimed(await this.claimHinted(model));
    }
    if (sweep || Date.now() - this.lastSweep >= this.options.outboxPollIntervalMs) {
      this.lastSweep = Date.now();
      for (const model of this.outboxModels()) {
        let claimed: Claimed;
        do {
          claimed = await this.claimBySweep(model);
          published += await this.publishClaimed(claimed);
        } while (claimed.documents.length === this.options.outboxBatchSize && !this.loop.stopped);
      }
    }
    return published;
  }

  private hint(written: OutboxWritten): void {
    let ids = this.hints.get(written.modelName);
    if (!ids) {
      ids = new Set();
      this.hints.set(written.modelName, ids);
    }
    ids.add(written.id);
    this.wake();
  }

  private hasHints(): boolean {
    return [...this.hints.values()].some((ids) => ids.size > 0);
  }

  private outboxModels(): Model<OutboxDocument>[] {
    return Object.values(this.connection.models).filter((model): model is Model<OutboxDocument> =>
      usesOutbox(model.schema),
    );
  }

  private async claimHinted(model: Model<OutboxDocument>): Promise<Claimed> {
    const hinted = this.hints.get(model.modelName);
    if (!hinted || hinted.size === 0) {
      return { model, documents: [] };
    }
    const ids = [...hinted].slice(0, this.options.outboxBatchSize);
    for (const id of ids) {
      hinted.delete(id);
    }
    try {
      return await this.claim(model, ids);
    } catch (error) {
      // the store did not answer: keep the hints for the next pass (the sweep would find them too)
      for (const id of ids) {
        hinted.add(id);
      }
      throw error;
    }
  }

  private async claimBySweep(model: Model<OutboxDocument>): Promise<Claimed> {
    const waiting = await model
      .find({ outboxPending: true, ...leaseExpired(new Date()) })
      .select({ _id: 1 })
      .limit(this.options.outboxBatchSize)
      .lean<{ _id: unknown }[]>()
      .exec();
    if (waiting.length === 0) {
      return { model, documents: [] };
    }
    return this.claim(
      model,
      waiting.map((document) => document._id),
    );
  }

  /** Leases the documents that are still waiting and free; returns the ones this pass now owns. */
  private async claim(model: Model<OutboxDocument>, ids: unknown[]): Promise<Claimed> {
    const now = new Date();
    const owner = randomUUID();
    const result = await model
      .updateMany(
        { _id: { $in: ids }, outboxPending: true, ...leaseExpired(now) },
        { $set: { outboxLeaseUntil: new Date(now.getTime() + LEASE_MS), outboxLeaseOwner: owner } },
      )
      .exec();
    if (result.modifiedCount === 0) {
      return { model, documents: [] };
    }
    const documents = await model
      .find({ _id: { $in: ids }, outboxLeaseOwner: owner })
      .lean<OutboxDocument[]>()
      .exec();
    return { model, documents };
  }

  private async publishClaimed({ model, documents }: Claimed): Promise<number> {
    if (documents.length === 0) {
      return 0;
    }
    const batches = new Map<string, TopicMessages>();
    let count = 0;
    for (const document of documents) {
      for (const entry of document.outbox ?? []) {
        const { topic, ...envelope } = entry;
        const physical = this.kafka.topic(topic);
        let batch = batches.get(physical);
        if (!batch) {
          batch = { topic: physical, messages: [] };
          batches.set(physical, batch);
        }
        batch.messages.push(toKafkaRecord(envelope));
        count += 1;
      }
    }
    // one request for the whole claim; per topic-partition the records keep their order
    await this.kafka.sendBatch([...batches.values()]);
    await model.bulkWrite(
      documents.flatMap((document) => release(document)),
      { ordered: true },
    );
    return count;
  }
}

function leaseExpired(now: Date): { $or: object[] } {
  return { $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lte: now } }] };
}

/**
 * Removes the published entries (events appended meanwhile stay), gives up the lease, and
 * lowers the flag only if nothing is left, all guarded by this pass's ownership.
 */
function release(document: OutboxDocument): AnyBulkWriteOperation<OutboxDocument>[] {
  const published = (document.outbox ?? []).map((entry: OutboxEntry) => entry.id);
  const removePublished: mongo.UpdateFilter<OutboxDocument> = {
    $pull: { outbox: { id: { $in: published } } },
    $set: { outboxLeaseUntil: null, outboxLeaseOwner: null },
  };
  return [
    {
      updateOne: {
        filter: { _id: document._id, outboxLeaseOwner: document.outboxLeaseOwner },
        update: removePublished,
      },
    },
    {
      updateOne: {
        filter: { _id: document._id, outboxPending: true, outbox: { $size: 0 } },
        update: { $set: { outboxPending: false } },
      },
    },
  ];
}
