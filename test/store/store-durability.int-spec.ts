import { mongo } from 'mongoose';

import { planStages, PrivateStore, STORE_BUILD_TIMEOUT_MS, usesIndex } from '@libs/testing';

/*
 * The embedded store is the project's default, so this suite always starts its own copy of it,
 * whatever MONGO_URL points to: a write it acknowledged must survive `kill -9`, and its indexes
 * (the ordered secondary ones live in memory and are rebuilt from the documents on opening)
 * must answer after the restart.
 */

const DOCUMENTS = 500;

interface Timer {
  _id: string;
  code: string;
  state: 'armed' | 'fired';
  dueAt: Date;
  sequence: number;
}

const BASE = Date.parse('2026-11-28T03:00:00.000Z');

function timer(sequence: number): Timer {
  return {
    _id: `timer-${String(sequence).padStart(3, '0')}`,
    code: `T-${sequence}`,
    state: sequence % 3 === 0 ? 'fired' : 'armed',
    dueAt: new Date(BASE + sequence * 60_000),
    sequence,
  };
}

/** Asserts an index plan; on failure the message shows the stages the store chose. */
function expectIndexed(plan: mongo.Document): void {
  expect({ stages: planStages(plan), usesIndex: usesIndex(plan) }).toEqual(
    expect.objectContaining({ usesIndex: true }),
  );
}

describe('the embedded store after kill -9', () => {
  const store = new PrivateStore('store-durability');
  let client: mongo.MongoClient | undefined;
  let timers: mongo.Collection<Timer>;

  async function connect(): Promise<mongo.Collection<Timer>> {
    client = await new mongo.MongoClient(store.url, {
      retryWrites: false,
      serverSelectionTimeoutMS: 10_000,
    }).connect();
    return client.db('durability').collection<Timer>('timers');
  }

  beforeAll(async () => {
    await store.start();
    const beforeCrash = await connect();
    await beforeCrash.createIndex({ code: 1 }, { unique: true });
    await beforeCrash.createIndex({ state: 1, dueAt: 1 });
    for (let sequence = 0; sequence < DOCUMENTS; sequence += 1) {
      await beforeCrash.insertOne(timer(sequence));
    }
    await store.kill();
    await client?.close(true);

    await store.start();
    timers = await connect();
  }, STORE_BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await client?.close(true).catch(() => undefined);
    await store.remove();
  });

  it('should keep every insert it acknowledged before the kill', async () => {
    expect(await timers.countDocuments({})).toBe(DOCUMENTS);
    expect(await timers.find().sort({ _id: 1 }).toArray()).toEqual(
      Array.from({ length: DOCUMENTS }, (_, sequence) => timer(sequence)),
    );
  });

  it('should answer lookups by _id and by a unique key through their indexes', async () => {
    const last = timer(DOCUMENTS - 1);

    expectIndexed(await timers.find({ _id: last._id }).explain('queryPlanner'));
    expectIndexed(await timers.find({ code: last.code }).explain('queryPlanner'));
    expect(await timers.findOne({ _id: last._id })).toEqual(last);
    expect(await timers.findOne({ code: last.code })).toEqual(last);
  });

  it('should answer a range through the secondary index rebuilt on opening', async () => {
    const due: mongo.Filter<Timer> = {
      state: 'armed',
      dueAt: { $lte: new Date(BASE + 30 * 60_000) },
    };

    expectIndexed(await timers.find(due).sort({ dueAt: 1 }).explain('queryPlanner'));
    expect((await timers.find(due).sort({ dueAt: 1 }).toArray()).map((found) => found._id)).toEqual(
      Array.from({ length: 31 }, (_, sequence) => timer(sequence))
        .filter((expected) => expected.state === 'armed')
        .map((expected) => expected._id),
    );
  });

  it('should keep the rebuilt secondary index in step with writes after the restart', async () => {
    const dueBy = new Date(BASE + 5 * 60_000);
    const due: mongo.Filter<Timer> = { state: 'armed', dueAt: { $lte: dueBy } };

    await timers.updateOne({ _id: timer(3)._id }, { $set: { state: 'armed' } }); // fired before
    await timers.updateOne({ _id: timer(1)._id }, { $set: { state: 'fired' } });
    await timers.deleteOne({ _id: timer(2)._id });

    expectIndexed(await timers.find(due).explain('queryPlanner'));
    expect((await timers.find(due).sort({ dueAt: 1 }).toArray()).map((found) => found._id)).toEqual(
      [timer(3)._id, timer(4)._id, timer(5)._id],
    );
    expect(
      (
        await timers
          .find({ state: 'fired', dueAt: { $lte: dueBy } })
          .sort({ dueAt: 1 })
          .toArray()
      ).map((found) => found._id),
    ).toEqual([timer(0)._id, timer(1)._id]);
  });
});
