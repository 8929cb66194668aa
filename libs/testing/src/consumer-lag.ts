import { eventually } from './eventually';
import { testKafka } from './kafka-probe';

/** True once the consumer group has committed past every record of the topics. */
export async function groupCaughtUp(
  brokers: string[],
  groupId: string,
  topics: string[],
): Promise<true | undefined> {
  const admin = testKafka(brokers, 'test-lag').admin();
  await admin.connect();
  try {
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const done = ends.every((end) => {
        const partition = committed?.partitions.find((p) => p.partition === end.partition);
        return (
          BigInt(end.high) === 0n ||
          (partition !== undefined && BigInt(partition.offset) >= BigInt(end.high))
        );
      });
      if (!done) {
        return undefined;
      }
    }
    return true;
  } finally {
    await admin.disconnect();
  }
}

/** Waits until the group has consumed every record of the topics: how a test proves "nothing". */
export const consumedAll = (brokers: string[], groupId: string, topics: string[]): Promise<true> =>
  eventually(() => groupCaughtUp(brokers, groupId, topics), {
    description: `${groupId} consumed every record`,
  });
