import { planStages, REPOSITORY_ROOT, usesIndex } from '@libs/testing';
import { mongo } from 'mongoose';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * The embedded store is the project's default, so this suite always starts its own copy of it,
 * whatever MONGO_URL points to: a write it acknowledged must survive `kill -9`, and its indexes
 * (the ordered secondary ones live in memory and are rebuilt from the documents on opening)
 * must answer after the restart.
 */

const DOCUMENTS = 500;
const START_TIMEOUT_MS = 60_000;
const BUILD_TIMEOUT_MS = 600_000;

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

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** The embedded store's Java classpath; infra.sh builds the store first when its sources changed. */
function storeClasspath(): string {
  const printed = execFileSync(
    'bash',
    [join(REPOSITORY_ROOT, 'deploy', 'local', 'infra.sh'), 'store-classpath'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: BUILD_TIMEOUT_MS },
  );
  const classpath = printed.trim().split('\n').pop();
  if (!classpath) {
    throw new Error('deploy/local/infra.sh store-classpath printed no classpath');
  }
  return classpath;
}

/** Asserts an index plan; on failure the message shows the stages the store chose. */
function expectIndexed(plan: mongo.Document): void {
  expect({ stages: planStages(plan), usesIndex: usesIndex(plan) }).toEqual(
    expect.objectContaining({ usesIndex: true }),
  );
}

/** One running copy of the embedded store, and what it printed. */
class EmbeddedStore {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    const keep = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static async start(classpath: string, port: number, file: string): Promise<EmbeddedStore> {
    const child = spawn(
      'java',
      [
        '-Xmx256m',
        '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn',
        '-cp',
        classpath,
        'vn.chinhquyen.store.StoreMain',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        '--file',
        file,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const store = new EmbeddedStore(child);
    await store.listening();
    return store;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** `kill -9`: no shutdown hook, no final commit. */
  async kill(): Promise<void> {
    if (!this.running) {
      return;
    }
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGKILL');
    await exited;
  }

  private listening(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => {
        cleanup();
        reject(
          new Error(`the store did not listen within ${START_TIMEOUT_MS} ms:\n${this.output}`),
        );
      }, START_TIMEOUT_MS);
      const onData = (): void => {
        if (this.output.includes('listening on')) {
          cleanup();
          resolve();
        }
      };
      const onExit = (code: number | null): void => {
        cleanup();
        reject(new Error(`the store exited (${String(code)}) while starting:\n${this.output}`));
      };
      const cleanup = (): void => {
        clearTimeout(timeout);
        this.child.stdout?.off('data', onData);
        this.child.off('exit', onExit);
      };
      this.child.stdout?.on('data', onData);
      this.child.once('exit', onExit);
      onData();
    });
  }
}

describe('the embedded store after kill -9', () => {
  const directory = mkdtempSync(join(tmpdir(), 'store-durability-'));
  const file = join(directory, 'store.mv.db');
  let store: EmbeddedStore | undefined;
  let client: mongo.MongoClient | undefined;
  let timers: mongo.Collection<Timer>;

  async function connect(port: number): Promise<mongo.Collection<Timer>> {
    client = await new mongo.MongoClient(`mongodb://127.0.0.1:${port}`, {
      retryWrites: false,
      serverSelectionTimeoutMS: 10_000,
    }).connect();
    return client.db('durability').collection<Timer>('timers');
  }

  beforeAll(async () => {
    const classpath = storeClasspath();
    const port = await freePort();

    store = await EmbeddedStore.start(classpath, port, file);
    const beforeCrash = await connect(port);
    await beforeCrash.createIndex({ code: 1 }, { unique: true });
    await beforeCrash.createIndex({ state: 1, dueAt: 1 });
    for (let sequence = 0; sequence < DOCUMENTS; sequence += 1) {
      await beforeCrash.insertOne(timer(sequence));
    }
    await store.kill();
    await client?.close(true);

    store = await EmbeddedStore.start(classpath, port, file);
    timers = await connect(port);
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await client?.close(true).catch(() => undefined);
    await store?.kill();
    rmSync(directory, { recursive: true, force: true });
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
