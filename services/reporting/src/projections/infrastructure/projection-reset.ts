import { createConnection } from 'mongoose';

import { KafkaSecurity } from '@libs/config';
import { createKafka } from '@libs/messaging';

import { CommuneDayRecord, CommuneDaySchema } from './commune-day.schema';

export interface ProjectionResetTarget {
  mongoUrl: string;
  mongoDb: string;
  brokers: string[];
  kafkaSecurity: KafkaSecurity;
  groupId: string;
}

export class ProjectionInUseError extends Error {}

/**
 * Empties the projections and deletes the consumer group, so the next consumer of the group
 * starts as a fresh group from the beginning of the topics (it subscribes `fromBeginning`).
 * Refuses, changing nothing, while a reporting process is still a member of the group.
 */
export async function resetProjection(
  target: ProjectionResetTarget,
): Promise<{ removedDays: number }> {
  const admin = createKafka(
    `reporting-rebuild-${process.pid}`,
    target.brokers,
    target.kafkaSecurity,
  ).admin();
  await admin.connect();
  try {
    const [group] = (await admin.describeGroups([target.groupId])).groups;
    if (group && group.members.length > 0) {
      throw new ProjectionInUseError(
        `Consumer group ${target.groupId} still has ${group.members.length} member(s): stop the reporting service, then rebuild.`,
      );
    }
    if (group && group.state !== 'Dead') {
      await admin.deleteGroups([target.groupId]);
    }
  } finally {
    await admin.disconnect();
  }
  const connection = await createConnection(target.mongoUrl, {
    dbName: target.mongoDb,
    retryWrites: false,
  }).asPromise();
  try {
    const days = connection.model(CommuneDayRecord.name, CommuneDaySchema);
    const { deletedCount } = await days.deleteMany({}).exec();
    return { removedDays: deletedCount };
  } finally {
    await connection.close();
  }
}
