import { IHeaders, Kafka, KafkaMessage, Message, Partitioners } from 'kafkajs';

export interface RedriveOptions {
  kafka: Kafka;
  /** Physical name of the dead-letter topic. */
  topic: string;
  /**
   * The tool's own consumer group on the dead-letter topic. Its committed offsets record
   * what was re-driven, so a second run sends only what was dead-lettered since.
   */
  groupId?: string;
  /** Read and report, send and commit nothing. */
  dryRun?: boolean;
  /** Gives up when no record arrives for this long while some are still due. */
  idleTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface RedriveSummary {
  topic: string;
  groupId: string;
  dryRun: boolean;
  /** Records sent back to their source topic (in a dry run: that would be sent). */
  redriven: number;
  bySourceTopic: Record<string, number>;
  /** Records that say nothing of their source topic: reported, not sent. */
  skipped: { partition: number; offset: string; why: string }[];
}

export function defaultRedriveGroup(deadLetterTopic: string): string {
  return `dlt-redrive.${deadLetterTopic}`;
}

/**
 * Sends every record of a dead-letter topic that this group has not re-driven yet back to
 * the topic it came from (`dlq_source_topic`), with its original key, value and CloudEvents
 * headers (so its original event id: consumers' idempotency absorbs a record re-driven twice),
 * without the `dlq_*` headers, plus `redrive_from` naming the dead-letter record. After the
 * broker holds a batch, the group's offsets on the dead-letter topic are committed, so a rerun
 * does not send it again. Reads up to the end offsets seen at the start, then stops.
 */
export async function redriveDeadLetters(options: RedriveOptions): Promise<RedriveSummary> {
  const { kafka, topic } = options;
  const groupId = options.groupId ?? defaultRedriveGroup(topic);
  const dryRun = options.dryRun ?? false;
  const log = options.log ?? (() => undefined);
  const summary: RedriveSummary = {
    topic,
    groupId,
    dryRun,
    redriven: 0,
    bySourceTopic: {},
    skipped: [],
  };
  const due = await dueRanges(kafka, topic, groupId);
  if (due.size === 0) {
    log(`${topic}: nothing to re-drive for group ${groupId}`);
    return summary;
  }
  for (const [partition, range] of due) {
    log(`${topic}[${partition}]: offsets ${range.from}..${range.end - 1n} are due`);
  }
  const producer = kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  if (!dryRun) {
    await producer.connect();
  }
  await consumer.connect();
  try {
    await new Promise<void>((resolve, reject) => {
      const idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
      let idle: NodeJS.Timeout | undefined;
      const armIdle = (): void => {
        clearTimeout(idle);
        idle = setTimeout(
          () => reject(new Error(`no record of ${topic} arrived for ${idleTimeoutMs} ms`)),
          idleTimeoutMs,
        );
      };
      const finish = (): void => {
        if ([...due.values()].every((range) => range.next >= range.end)) {
          clearTimeout(idle);
          resolve();
        }
      };
      consumer.on(consumer.events.CRASH, (event) => {
        clearTimeout(idle);
        reject(event.payload.error);
      });
      armIdle();
      consumer
        .subscribe({ topics: [topic], fromBeginning: true })
        .then(() =>
          consumer.run({
            autoCommit: false,
            eachBatchAutoResolve: false,
            eachBatch: async (payload) => {
              const { batch } = payload;
              const range = due.get(batch.partition);
              if (!range) {
                return;
              }
              armIdle();
              const outgoing = new Map<string, Message[]>();
              let last: string | undefined;
              for (const message of batch.messages) {
                if (BigInt(message.offset) >= range.end) {
                  break;
                }
                const sourceTopic = headerText(message.headers?.dlq_source_topic);
                if (sourceTopic) {
                  const record = redriveRecord(topic, batch.partition, message);
                  outgoing.set(sourceTopic, [...(outgoing.get(sourceTopic) ?? []), record]);
                  summary.redriven += 1;
                  summary.bySourceTopic[sourceTopic] =
                    (summary.bySourceTopic[sourceTopic] ?? 0) + 1;
                  log(
                    `${dryRun ? 'would re-drive' : 're-driving'} ${topic}[${batch.partition}]@${message.offset} (${headerText(message.headers?.ce_type) ?? 'no type'} ${headerText(message.headers?.ce_id) ?? 'no id'}, ${headerText(message.headers?.dlq_reason) ?? 'no reason'}) to ${sourceTopic}`,
                  );
                } else {
                  summary.skipped.push({
                    partition: batch.partition,
                    offset: message.offset,
                    why: 'no dlq_source_topic header',
                  });
                  log(
                    `skipping ${topic}[${batch.partition}]@${message.offset}: no dlq_source_topic header`,
                  );
                }
                last = message.offset;
              }
              if (last === undefined) {
                return;
              }
              if (!dryRun) {
                // the broker holds the re-driven records before the group moves past them
                await producer.sendBatch({
                  acks: -1,
                  topicMessages: [...outgoing].map(([target, messages]) => ({
                    topic: target,
                    messages,
                  })),
                });
                const next = (BigInt(last) + 1n).toString();
                await payload.commitOffsetsIfNecessary({
                  topics: [{ topic, partitions: [{ partition: batch.partition, offset: next }] }],
                });
              }
              payload.resolveOffset(last);
              range.next = BigInt(last) + 1n;
              await payload.heartbeat();
              finish();
            },
          }),
        )
        .catch((error: unknown) => {
          clearTimeout(idle);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return summary;
}

interface DueRange {
  from: bigint;
  /** The end offset when the run started: records from there on are left for the next run. */
  end: bigint;
  next: bigint;
}

/** Per partition, the offsets between the group's committed position and the current end. */
async function dueRanges(
  kafka: Kafka,
  topic: string,
  groupId: string,
): Promise<Map<number, DueRange>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const due = new Map<number, DueRange>();
    for (const { partition, low, high } of ends) {
      const position = committed?.partitions.find((entry) => entry.partition === partition)?.offset;
      const start =
        position !== undefined && BigInt(position) >= 0n ? BigInt(position) : BigInt(low);
      const from = start < BigInt(low) ? BigInt(low) : start;
      if (from < BigInt(high)) {
        due.set(partition, { from, end: BigInt(high), next: from });
      }
    }
    return due;
  } finally {
    await admin.disconnect();
  }
}

function redriveRecord(deadLetterTopic: string, partition: number, message: KafkaMessage): Message {
  const headers: IHeaders = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!name.startsWith('dlq_') && value !== undefined) {
      headers[name] = value;
    }
  }
  headers.redrive_from = `${deadLetterTopic}/${partition}/${message.offset}`;
  const record: Message = { key: message.key, value: message.value, headers };
  const sourcePartition = Number(headerText(message.headers?.dlq_source_partition));
  // a keyless record goes back to its partition; a keyed one follows its key, as it did
  if (message.key === null && Number.isInteger(sourcePartition) && sourcePartition >= 0) {
    record.partition = sourcePartition;
  }
  return record;
}

function headerText(value: IHeaders[string]): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
