import { createConnection } from 'mongoose';

import { eventually, testKafka, TestRun } from '@libs/testing';

/** Issue 14 item 6: a test run leaves neither its databases nor its topics behind. */
describe('a test run cleans up after itself on the real broker and store', () => {
  const listTestDatabases = async (run: TestRun): Promise<string[]> => {
    const connection = await createConnection(run.infrastructure.mongoUrl).asPromise();
    try {
      const { databases } = await connection.db!.admin().listDatabases();
      return databases.map((database) => database.name).filter((name) => name.endsWith(run.id));
    } finally {
      await connection.close();
    }
  };
  const listTopics = async (run: TestRun): Promise<string[]> => {
    const admin = testKafka(run.brokers, 'test-run-spec').admin();
    await admin.connect();
    try {
      return (await admin.listTopics()).filter((topic) => topic.startsWith(run.prefix));
    } finally {
      await admin.disconnect();
    }
  };

  it('should drop the databases it named and delete the topics under its prefix', async () => {
    const run = new TestRun();
    const connection = await run.connect('hygiene');
    await connection.collection('marks').insertOne({ left: 'behind?' });
    await run.provisionTopics(run.groupId('hygiene'));
    expect(await listTestDatabases(run)).toEqual([`it_hygiene_${run.id}`]);
    expect((await listTopics(run)).length).toBeGreaterThan(0);

    await run.cleanUp();

    expect(await listTestDatabases(run)).toEqual([]);
    // Deletion is the controller's, and reaches the metadata a moment later.
    await eventually(async () => ((await listTopics(run)).length === 0 ? true : undefined), {
      description: `no topic left under ${run.prefix}`,
    });
  });
});
