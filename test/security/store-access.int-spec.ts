import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';

import { REPOSITORY_ROOT, testInfrastructure } from '@libs/testing';

/** A store user's connection URL, as deploy/local/infra.sh gives it to a service. */
function urlOf(user: string): string {
  const exported = execFileSync(
    'bash',
    [join(REPOSITORY_ROOT, 'deploy', 'local', 'infra.sh'), 'env', '--as', user],
    { encoding: 'utf8' },
  );
  const url = /^export MONGO_URL='([^']+)'$/m.exec(exported)?.[1];
  if (!url) {
    throw new Error(`infra.sh env --as ${user} printed no MONGO_URL`);
  }
  return url;
}

describe('the local store lets in only its users, each to its own database', () => {
  const { mongoUrl } = testInfrastructure();
  const marker = { test: randomUUID() };
  const clients: MongoClient[] = [];

  const insertAs = async (url: string, database: string) => {
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000 });
    clients.push(client);
    await client.connect();
    return client
      .db(database)
      .collection('store_access_test')
      .insertOne({ ...marker });
  };

  beforeAll(() => {
    if (!/^mongodb:\/\/admin:/.test(mongoUrl)) {
      throw new Error('this suite needs the authenticated local store (deploy/local/infra.sh)');
    }
  });

  afterAll(async () => {
    const admin = new MongoClient(mongoUrl);
    await admin.connect();
    for (const database of ['intake', 'survey']) {
      await admin.db(database).collection('store_access_test').deleteMany(marker);
    }
    await admin.close();
    await Promise.all(clients.map((client) => client.close()));
  });

  it('should refuse a client without credentials before it reads or writes anything', async () => {
    const anonymous = mongoUrl.replace(/\/\/[^@]+@/, '//').replace(/\?.*$/, '');
    await expect(insertAs(anonymous, 'intake')).rejects.toMatchObject({ codeName: 'Unauthorized' });
  });

  it('should refuse a wrong password', async () => {
    const wrong = urlOf('intake').replace(/\/\/intake:[^@]+@/, '//intake:not-the-password@');
    await expect(insertAs(wrong, 'intake')).rejects.toMatchObject({
      codeName: 'AuthenticationFailed',
    });
  });

  it("should let a service's user write its own database and nobody else's", async () => {
    const intake = urlOf('intake');
    await expect(insertAs(intake, 'intake')).resolves.toMatchObject({ acknowledged: true });
    await expect(insertAs(intake, 'survey')).rejects.toMatchObject({ codeName: 'Unauthorized' });
  });
});
