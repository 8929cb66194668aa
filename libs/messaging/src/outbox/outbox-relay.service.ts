import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { toKafkaRecord } from '@libs/contracts';
import { Connection, Model } from 'mongoose';
import { KafkaClient } from '../kafka/kafka-client.service';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging.options';
import { OutboxEntry, usesOutbox, WithOutbox } from './outbox.schema';

const LEASE_MS = 30_000;

type OutboxDocument = WithOutbox & { _id: unknown };

/**
 * Publishes the events waiting in aggregate documents. Delivery is at least once: a
 * crash between the broker's acknowledgement and the removal republishes, and consumers
 * are idempotent. Several replicas share the work through per-document leases.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private wakeRequested = false;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly kafka: KafkaClient,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Asks for a pass soon, so a fresh write need not wait for the next poll. */
  wake(): void {
    if (this.running) {
      this.wakeRequested = true;
    } else {
      this.schedule(0);
    }
  }

  /** One pass over every outbox model; returns how many events were published. */
  async relayOnce(): Promise<number> {
    let published = 0;
    for (const model of this.outboxModels()) {
      for (let index = 0; index < this.options.outboxBatchSize; index += 1) {
        const claimed = await this.claim(model);
        if (!claimed) {
          break;
        }
        published += await this.publish(model, claimed);
      }
    }
    return published;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
        const again = this.wakeRequested;
        this.wakeRequested = false;
        this.schedule(again ? 0 : this.options.outboxPollIntervalMs);
      });
    }, delayMs);
  }

  private async tick(): Promise<void> {
    try {
      await this.relayOnce();
    } catch (error) {
      this.logger.warn(`Outbox relay pass failed, will retry: ${String(error)}`);
    }
  }

  private outboxModels(): Model<OutboxDocument>[] {
    return Object.values(this.connection.models).filter((model): model is Model<OutboxDocument> =>
      usesOutbox(model.schema),
    );
  }

  private async claim(model: Model<OutboxDocument>): Promise<OutboxDocument | null> {
    const now = new Date();
    return model
      .findOneAndUpdate(
        {
          outboxPending: true,
          $or: [{ outboxLeaseUntil: null }, { outboxLeaseUntil: { $lte: now } }],
        },
        { $set: { outboxLeaseUntil: new Date(now.getTime() + LEASE_MS) } },
        { new: true },
      )
      .lean<OutboxDocument>()
      .exec();
  }

  private async publish(model: Model<OutboxDocument>, document: OutboxDocument): Promise<number> {
    const entries: OutboxEntry[] = document.outbox ?? [];
    for (const entry of entries) {
      const { topic, ...envelope } = entry;
      const record = toKafkaRecord(envelope);
      await this.kafka.send(this.kafka.topic(topic), [record]);
    }
    // Entries are appended at the end and published from the front, so each published
    // entry is removed with a $pop guarded by its id. ($pull by a subdocument field
    // silently matches nothing on FerretDB 1.24.)
    for (const entry of entries) {
      await model
        .updateOne({ _id: document._id, 'outbox.0.id': entry.id }, { $pop: { outbox: -1 } })
        .exec();
    }
    await model.updateOne({ _id: document._id }, { $set: { outboxLeaseUntil: null } }).exec();
    // Events appended while we published keep the flag up for the next pass.
    await model
      .updateOne({ _id: document._id, outbox: { $size: 0 } }, { $set: { outboxPending: false } })
      .exec();
    return entries.length;
  }
}
