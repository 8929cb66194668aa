import { Admin, AssignerProtocol, Kafka, logLevel } from 'kafkajs';

import { KafkaEnvironment, kafkaSecurityFrom } from '@libs/config';

export function benchKafka(settings: KafkaEnvironment, clientId: string): Kafka {
  return new Kafka({
    clientId,
    brokers: settings.KAFKA_BROKERS,
    ...kafkaSecurityFrom(settings),
    logLevel: logLevel.ERROR,
    retry: { initialRetryTime: 200, retries: 10 },
  });
}

/** The topics a consumer group's members subscribe to (from their join metadata). */
export async function subscribedTopics(admin: Admin, groupId: string): Promise<string[]> {
  const { groups } = await admin.describeGroups([groupId]);
  const topics = new Set<string>();
  for (const member of groups[0]?.members ?? []) {
    const metadata = AssignerProtocol.MemberMetadata.decode(member.memberMetadata);
    for (const topic of metadata?.topics ?? []) {
      topics.add(topic);
    }
  }
  return [...topics];
}

/**
 * Records not yet committed by a group on the topics it subscribes to (a subscribed topic it
 * has not committed on yet counts in full).
 */
export async function groupLag(admin: Admin, groupId: string): Promise<number> {
  const present = await subscribedTopics(admin, groupId);
  if (present.length === 0) {
    return 0;
  }
  const committed = await admin.fetchOffsets({ groupId, topics: present });
  let lag = 0;
  for (const topic of present) {
    const ends = await admin.fetchTopicOffsets(topic);
    const read = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
    for (const end of ends) {
      const partition = read.find((candidate) => candidate.partition === end.partition);
      const offset = Math.max(0, Number(partition?.offset ?? 0));
      lag += Math.max(0, Number(end.high) - offset);
    }
  }
  return lag;
}

/** Topic names under a prefix. */
export async function topicsWithPrefix(admin: Admin, prefix: string): Promise<string[]> {
  return (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
}

/** Deletes every topic under the prefix; failures are reported, not thrown (cleanup). */
export async function deleteTopicsWithPrefix(admin: Admin, prefix: string): Promise<string> {
  try {
    const topics = await topicsWithPrefix(admin, prefix);
    if (topics.length > 0) {
      await admin.deleteTopics({ topics, timeout: 30_000 });
    }
    return `deleted ${topics.length} topics ${prefix}*`;
  } catch (error) {
    return `could not delete topics ${prefix}*: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Deletes consumer groups; failures are reported, not thrown (cleanup). */
export async function deleteGroups(admin: Admin, groups: string[]): Promise<string> {
  try {
    const known = new Set((await admin.listGroups()).groups.map((group) => group.groupId));
    const present = groups.filter((group) => known.has(group));
    if (present.length > 0) {
      await admin.deleteGroups(present);
    }
    return `deleted ${present.length} consumer groups`;
  } catch (error) {
    return `could not delete consumer groups: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Records written so far to every topic under a prefix (sum of the partitions' end offsets). */
export async function recordsUnderPrefix(
  admin: Admin,
  prefix: string,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const topic of await topicsWithPrefix(admin, prefix)) {
    const offsets = await admin.fetchTopicOffsets(topic);
    counts[topic.slice(prefix.length)] = offsets.reduce(
      (sum, partition) => sum + Number(partition.high),
      0,
    );
  }
  return counts;
}
