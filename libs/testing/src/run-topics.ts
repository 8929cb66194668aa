import { testKafka } from './kafka-probe';

/**
 * Creates a test run's topics (the catalogue and the group's dead-letter topic, under the
 * run's prefix) before the service starts, as a deployment does: the service kit starts its
 * consumer before the module hook that provisions topics has run.
 */
export async function provisionRunTopics(
  brokers: string[],
  prefix: string,
  groupId: string,
): Promise<void> {
  // Loaded on use: unit specs import this library for its light helpers (PDF text).
  const { physicalTopic, TOPIC_CATALOGUE } = await import('@libs/contracts');
  const { deadLetterTopicFor, ensureTopics } = await import('@libs/messaging');
  const admin = testKafka(brokers, 'test-admin').admin();
  await admin.connect();
  try {
    await ensureTopics(
      admin,
      [
        ...TOPIC_CATALOGUE.map((topic) => physicalTopic(prefix, topic.name)),
        physicalTopic(prefix, deadLetterTopicFor(groupId)),
      ],
      { partitions: 3, replicationFactor: 1 },
    );
  } finally {
    await admin.disconnect();
  }
}
