import { backOff } from 'exponential-backoff';
import { Admin } from 'kafkajs';

export interface TopicSettings {
  partitions: number;
  replicationFactor: number;
}

/**
 * Creates the topics that do not exist yet, before any producer or consumer uses them
 * (consumers of a missing topic fail on a fresh broker: nest#13220, kafkajs#815).
 */
export async function ensureTopics(
  admin: Admin,
  topics: readonly string[],
  settings: TopicSettings,
): Promise<string[]> {
  // Replicas starting together race to create the same topics, and metadata for a topic
  // whose leader is still being elected fails for a moment; both settle within seconds.
  return backOff(() => createMissingTopics(admin, topics, settings), {
    numOfAttempts: 8,
    startingDelay: 250,
    maxDelay: 4000,
  });
}

async function createMissingTopics(
  admin: Admin,
  topics: readonly string[],
  settings: TopicSettings,
): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
  if (missing.length === 0) {
    await assertLeadersElected(admin, topics);
    return [];
  }
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: settings.partitions,
        replicationFactor: settings.replicationFactor,
      })),
    });
  } catch (error) {
    // Another replica may have created them in the meantime; only a real absence is fatal.
    const after = new Set(await admin.listTopics());
    if (missing.some((topic) => !after.has(topic))) {
      throw error;
    }
  }
  await assertLeadersElected(admin, topics);
  return missing;
}

/** A topic another replica has just created may still be electing its partition leaders. */
async function assertLeadersElected(admin: Admin, topics: readonly string[]): Promise<void> {
  const metadata = await admin.fetchTopicMetadata({ topics: [...new Set(topics)] });
  const leaderless = metadata.topics.filter((topic) =>
    topic.partitions.some((partition) => partition.leader < 0),
  );
  if (leaderless.length > 0) {
    throw new Error(`No partition leader yet for ${leaderless.map((t) => t.name).join(', ')}`);
  }
}
