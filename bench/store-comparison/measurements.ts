// What is measured on every candidate: loading and lookups at a given size, single-document
// isolation, the features the services use, and durability across kill -9.
import { AnyBulkWriteOperation, Collection, Db, Document, MongoClient, ObjectId } from 'mongodb';

import { sleep } from './processes';

// ------------------------------------------------------------------ results

export type OpKey = 'k' | 'id' | 'g' | 'count' | 'claim';

export const OP_LABELS: Record<OpKey, string> = {
  k: 'findOne({k}) unique index',
  id: 'findOne({_id})',
  g: 'find({g}) non-unique index',
  count: 'countDocuments({g})',
  claim: 'findOneAndUpdate({pending:true}) none pending',
};

export interface OpStats {
  ops: number;
  totalMs: number;
  opsPerSec: number;
  meanMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Documents returned per operation (find({g}) returns every document of one group). */
  docsPerOp: number;
  /** Operations whose answer was wrong (a missing or different document, a wrong count). */
  wrong: number;
  firstWrong?: string;
  errors: number;
  firstError?: string;
}

export interface LoadStats {
  docs: number;
  ms: number;
  docsPerSec: number;
}

export interface SizeResult {
  docs: number;
  status: 'measured' | 'not measured' | 'failed';
  note?: string;
  load?: LoadStats;
  ops?: Partial<Record<OpKey, OpStats>>;
  serverRssMb?: number | null;
  dataDirMb?: number;
}

export interface IsolationRound {
  incFinal: number | null;
  incErrors: number;
  conditionalWinners: number;
  conditionalErrors: number;
  claimWinners: number;
  claimErrors: number;
}

export interface IsolationResult {
  incConcurrency: number;
  conditionalConcurrency: number;
  claimConcurrency: number;
  poolConnections: number;
  rounds: IsolationRound[];
  firstError?: string;
  /** Set when a round could not finish (the store stopped answering, say): which, and why. */
  stopped?: string;
}

export interface FeatureResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface DurabilityResult {
  inserted: number;
  insertMs: number;
  killed: string[];
  restartMs: number;
  survived: number;
  /** After the restart: documents a query on the non-unique {g} index returns, against those that exist. */
  indexedLookupFound: number;
  indexedLookupExpected: number;
}

// ------------------------------------------------------------------ documents

export interface BenchDoc {
  _id: ObjectId;
  k: number;
  g: number;
  pending: boolean;
  pad: string;
}

export const GROUPS = 1_000;
const FILLER = 'x'.repeat(960);

/** Deterministic ids, so a lookup by _id can pick any document without remembering them. */
export function idFor(i: number): ObjectId {
  return new ObjectId(i.toString(16).padStart(24, '0'));
}

export function makeDoc(i: number): BenchDoc {
  return { _id: idFor(i), k: i, g: i % GROUPS, pending: false, pad: `${i}:${FILLER}` };
}

/** How many of the documents 0..n-1 have g === group. */
export function groupSize(n: number, group: number): number {
  return group >= n ? 0 : Math.floor((n - 1 - group) / GROUPS) + 1;
}

/** A small seeded generator (mulberry32): the same lookups on every candidate. */
export function random(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(unit * below);
  };
}

/** Client options for everything but the timed lookups: an unanswered request fails after a minute. */
export const SHORT = {
  directConnection: true,
  serverSelectionTimeoutMS: 10_000,
  socketTimeoutMS: 60_000,
} as const;

export function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

function now(): number {
  return performance.now();
}

// ------------------------------------------------------------------ loading

export type LoadOutcome = { loaded: true; stats: LoadStats } | { loaded: false; note: string };

export function minutes(ms: number): string {
  const value = ms / 60_000;
  return value >= 10 ? value.toFixed(0) : value.toFixed(1);
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * insertMany in batches of 1000. Gives up (and says so) when the rate measured so far says the
 * load would not finish within the budget.
 */
export async function load(
  collection: Collection<BenchDoc>,
  n: number,
  budgetMs: number,
  progress: (line: string) => void,
): Promise<LoadOutcome> {
  const batchSize = 1_000;
  const started = now();
  let lastReport = started;
  for (let from = 0; from < n; from += batchSize) {
    const batch: BenchDoc[] = [];
    for (let i = from; i < Math.min(n, from + batchSize); i++) {
      batch.push(makeDoc(i));
    }
    await collection.insertMany(batch, { ordered: true });
    const done = from + batch.length;
    const elapsed = now() - started;
    if (done < n && elapsed > 15_000) {
      const rate = (done / elapsed) * 1000;
      const projected = (n / rate) * 1000;
      if (projected > budgetMs * 1.25 || elapsed > budgetMs * 1.5) {
        return {
          loaded: false,
          note:
            `not measured: loading ${count(n)} documents would take ~${minutes(projected)} min ` +
            `at ${count(Math.round(rate))} docs/s (stopped after ${count(done)} documents; ` +
            `budget ${minutes(budgetMs)} min)`,
        };
      }
    }
    if (now() - lastReport > 15_000) {
      lastReport = now();
      progress(
        `  ${count(done)} / ${count(n)} loaded (${count(Math.round((done / elapsed) * 1000))} docs/s)`,
      );
    }
  }
  const ms = now() - started;
  return {
    loaded: true,
    stats: { docs: n, ms: Math.round(ms), docsPerSec: Math.round((n / ms) * 1000) },
  };
}

// ------------------------------------------------------------------ timed operations

interface OpOutcome {
  docs: number;
  /** Why the answer is wrong, when it is. */
  wrong?: string | undefined;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) {
    return NaN;
  }
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Operations slower than this are not warmed up: the first one counts (a scan does not warm). */
const SLOW_MS = 1_000;

/**
 * Runs `op` for about `measureMs` and at least 3 times, after a warm-up of `warmUpMs`. Every
 * answer is checked, the warm-up's included.
 */
export async function timeOp(
  op: () => Promise<OpOutcome>,
  measureMs: number,
  warmUpMs: number,
): Promise<OpStats> {
  const stats: OpStats = {
    ops: 0,
    totalMs: 0,
    opsPerSec: 0,
    meanMs: 0,
    medianMs: 0,
    p95Ms: 0,
    maxMs: 0,
    docsPerOp: 0,
    wrong: 0,
    errors: 0,
  };
  const latencies: number[] = [];
  let docs = 0;
  /** Runs once; returns how long it took, or null when it threw. */
  const runOnce = async (): Promise<{ took: number; docs: number } | null> => {
    const started = now();
    try {
      const outcome = await op();
      if (outcome.wrong !== undefined) {
        stats.wrong++;
        stats.firstWrong ??= outcome.wrong;
      }
      return { took: now() - started, docs: outcome.docs };
    } catch (error) {
      stats.errors++;
      stats.firstError ??= message(error);
      return null;
    }
  };
  let started = now();
  const first = await runOnce();
  if (first !== null && first.took >= SLOW_MS) {
    latencies.push(first.took);
    docs += first.docs;
  } else {
    while (now() - started < warmUpMs && stats.errors < 3) {
      await runOnce();
    }
    started = now();
  }
  while (stats.errors < 3) {
    const elapsed = now() - started;
    if (elapsed >= measureMs && latencies.length >= 3) {
      break;
    }
    const once = await runOnce();
    if (once !== null) {
      latencies.push(once.took);
      docs += once.docs;
    }
  }
  const total = now() - started;
  const sorted = [...latencies].sort((a, b) => a - b);
  stats.ops = latencies.length;
  stats.totalMs = Math.round(total);
  stats.opsPerSec = Number(((latencies.length / total) * 1000).toPrecision(3));
  stats.meanMs = round(
    latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length),
  );
  stats.medianMs = round(percentile(sorted, 50));
  stats.p95Ms = round(percentile(sorted, 95));
  stats.maxMs = round(sorted[sorted.length - 1] ?? NaN);
  stats.docsPerOp = round(docs / Math.max(1, latencies.length), 1);
  return stats;
}

export async function measureLookups(
  collection: Collection<BenchDoc>,
  n: number,
  measureMs: number,
  /** Longer for the first size measured, so that a JIT's warm-up does not flatter the small size. */
  warmUpMs: number,
  progress: (line: string) => void,
): Promise<Record<OpKey, OpStats>> {
  const pick = random(n);
  const ops: Record<OpKey, () => Promise<OpOutcome>> = {
    k: async () => {
      const i = pick(n);
      const doc = await collection.findOne({ k: i });
      return { docs: doc ? 1 : 0, wrong: doc?.k === i ? undefined : `k ${i}: got ${doc?.k}` };
    },
    id: async () => {
      const i = pick(n);
      const doc = await collection.findOne({ _id: idFor(i) });
      return { docs: doc ? 1 : 0, wrong: doc?.k === i ? undefined : `_id of ${i}: got ${doc?.k}` };
    },
    g: async () => {
      const group = pick(GROUPS);
      const docs = await collection.find({ g: group }).toArray();
      const expected = groupSize(n, group);
      const wrong =
        docs.length !== expected || docs.some((doc) => doc.g !== group)
          ? `g ${group}: ${docs.length} documents, expected ${expected}`
          : undefined;
      return { docs: docs.length, wrong };
    },
    count: async () => {
      const group = pick(GROUPS);
      const found = await collection.countDocuments({ g: group });
      const expected = groupSize(n, group);
      return {
        docs: expected, // documents counted, so that the cost can be compared per document
        wrong:
          found === expected ? undefined : `g ${group}: counted ${found}, expected ${expected}`,
      };
    },
    claim: async () => {
      const doc = await collection.findOneAndUpdate(
        { pending: true },
        { $set: { pending: false } },
        { returnDocument: 'after' },
      );
      return { docs: doc ? 1 : 0, wrong: doc ? `claimed ${String(doc._id)}` : undefined };
    },
  };
  const result = {} as Record<OpKey, OpStats>;
  for (const key of Object.keys(ops) as OpKey[]) {
    result[key] = await timeOp(ops[key], measureMs, warmUpMs);
    const s = result[key];
    progress(
      `  ${OP_LABELS[key]}: median ${s.medianMs} ms, mean ${s.meanMs} ms, ${s.opsPerSec} ops/s` +
        ` (${s.ops} ops${s.wrong ? `, ${s.wrong} WRONG: ${s.firstWrong}` : ''}` +
        `${s.errors ? `, ${s.errors} errors: ${s.firstError}` : ''})`,
    );
  }
  return result;
}

// ------------------------------------------------------------------ isolation

interface Counter {
  _id: string;
  n?: number;
  v?: number;
  pending?: boolean;
}

export async function isolation(url: string, rounds: number): Promise<IsolationResult> {
  const pool = 60;
  const client = new MongoClient(url, {
    directConnection: true,
    maxPoolSize: pool,
    minPoolSize: pool,
    serverSelectionTimeoutMS: 10_000,
    socketTimeoutMS: 60_000, // a store that stops answering fails the round instead of hanging it
  });
  let created = 0;
  client.on('connectionCreated', () => {
    created++;
  });
  const result: IsolationResult = {
    incConcurrency: 50,
    conditionalConcurrency: 20,
    claimConcurrency: 20,
    poolConnections: 0,
    rounds: [],
  };
  try {
    await client.connect();
    const deadline = Date.now() + 15_000;
    while (created < pool && Date.now() < deadline) {
      await sleep(50);
    }
    result.poolConnections = created;
    const db = client.db('bench_isolation');
    await db.dropDatabase();
    const collection = db.collection<Counter>('counters');
    await collection.createIndex({ pending: 1 });
    for (let round = 0; round < rounds; round++) {
      try {
        const counterId = `counter-${round}`;
        const flagId = `flag-${round}`;
        const jobId = `job-${round}`;
        await collection.insertMany([
          { _id: counterId, n: 0 },
          { _id: flagId, v: 0 },
          { _id: jobId, pending: true },
        ]);
        const increments = await Promise.allSettled(
          Array.from({ length: result.incConcurrency }, () =>
            collection.updateOne({ _id: counterId }, { $inc: { n: 1 } }),
          ),
        );
        const counter = await collection.findOne({ _id: counterId });
        const conditional = await Promise.allSettled(
          Array.from({ length: result.conditionalConcurrency }, () =>
            collection.updateOne({ _id: flagId, v: 0 }, { $set: { v: 1 } }),
          ),
        );
        const claims = await Promise.allSettled(
          Array.from({ length: result.claimConcurrency }, () =>
            collection.findOneAndUpdate({ pending: true }, { $set: { pending: false } }),
          ),
        );
        for (const settled of [...increments, ...conditional, ...claims]) {
          if (settled.status === 'rejected') {
            result.firstError ??= message(settled.reason);
          }
        }
        result.rounds.push({
          incFinal: counter?.n ?? null,
          incErrors: increments.filter((s) => s.status === 'rejected').length,
          conditionalWinners: conditional.filter(
            (s) => s.status === 'fulfilled' && s.value.modifiedCount === 1,
          ).length,
          conditionalErrors: conditional.filter((s) => s.status === 'rejected').length,
          claimWinners: claims.filter((s) => s.status === 'fulfilled' && s.value !== null).length,
          claimErrors: claims.filter((s) => s.status === 'rejected').length,
        });
      } catch (error) {
        result.stopped = `round ${round + 1}: ${message(error)}`;
        break;
      }
    }
    await db.dropDatabase().catch(() => undefined);
  } finally {
    await client.close(true).catch(() => undefined);
  }
  return result;
}

// ------------------------------------------------------------------ features

interface FeatureDoc {
  _id: ObjectId | string;
  k?: number;
  g?: number;
  pending?: boolean;
  outbox?: { id: string; n: number }[];
  list?: number[];
  tag?: string;
  flag?: boolean;
}

class Wrong extends Error {}

function expect(condition: boolean, what: string): void {
  if (!condition) {
    throw new Wrong(what);
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The stages, PostgreSQL plan nodes and index names an explain answer mentions. */
export function summarizeExplain(explain: unknown): string {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        if (
          ['stage', 'Node Type', 'Index Name', 'indexName', 'pushdown', 'sortpushdown'].includes(
            key,
          ) &&
          (typeof inner === 'string' || typeof inner === 'boolean')
        ) {
          found.push(`${key}=${String(inner)}`);
        }
        walk(inner);
      }
    } else if (typeof value === 'string' && /\b(SCAN|SEARCH)\b/.test(value)) {
      found.push(value.replace(/^.*detail=/, 'SQLite: ')); // SQLite's EXPLAIN QUERY PLAN lines
    }
  };
  walk(explain);
  return found.length > 0 ? [...new Set(found)].join(', ') : JSON.stringify(explain).slice(0, 160);
}

export async function features(url: string): Promise<FeatureResult[]> {
  const client = new MongoClient(url, { ...SHORT, maxPoolSize: 4 });
  await client.connect();
  const db: Db = client.db('bench_features');
  const results: FeatureResult[] = [];
  try {
    await db.dropDatabase().catch(() => undefined);
    const docs = db.collection<FeatureDoc>('docs');
    const seed: FeatureDoc[] = Array.from({ length: 200 }, (_, i) => ({
      _id: idFor(i),
      k: i,
      g: i % 10,
      pending: false,
    }));
    await docs.insertMany(seed);
    const check = async (name: string, body: () => Promise<string>): Promise<void> => {
      try {
        results.push({ name, ok: true, detail: await body() });
      } catch (error) {
        const prefix = error instanceof Wrong ? 'wrong result: ' : 'error: ';
        results.push({ name, ok: false, detail: prefix + message(error) });
      }
    };

    await check('createIndex unique (a duplicate is refused)', async () => {
      await docs.createIndex({ k: 1 }, { unique: true });
      try {
        await docs.insertOne({ _id: 'duplicate', k: 7 });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        expect(code === 11000, `duplicate refused with code ${String(code)}, expected 11000`);
        return 'E11000 on the duplicate';
      }
      throw new Wrong('a duplicate k was accepted');
    });

    await check('compound index', async () => {
      await docs.createIndex({ g: 1, k: -1 });
      const indexes = await docs.indexes();
      expect(
        indexes.some((index) => same(index.key, { g: 1, k: -1 })),
        `listIndexes does not show {g:1,k:-1}: ${JSON.stringify(indexes.map((i) => i.key))}`,
      );
      const found = await docs.find({ g: 3, k: { $gt: 100 } }).toArray();
      const expected = seed.filter((d) => d.g === 3 && (d.k ?? 0) > 100).length;
      expect(
        found.length === expected,
        `{g:3,k:{$gt:100}} gave ${found.length}, expected ${expected}`,
      );
      return `listed; {g, k range} query answers ${found.length} documents`;
    });

    await check('explain reports an index (IXSCAN) for {k}', async () => {
      await docs.createIndex({ k: 1 }, { unique: true });
      const explain = await docs.find({ k: 42 }).explain();
      const summary = summarizeExplain(explain);
      expect(JSON.stringify(explain).includes('"IXSCAN"'), `no IXSCAN; explain says: ${summary}`);
      return summary;
    });

    await check('findOneAndUpdate with projection', async () => {
      const after = await docs.findOneAndUpdate(
        { k: 5 },
        { $set: { tag: 'claimed' } },
        { projection: { _id: 0, k: 1, tag: 1 }, returnDocument: 'after' },
      );
      expect(same(after, { k: 5, tag: 'claimed' }), `returned ${JSON.stringify(after)}`);
      return 'returns exactly the projected fields';
    });

    await check('$pull by subdocument field', async () => {
      await docs.insertOne({
        _id: 'outbox',
        outbox: [
          { id: 'x', n: 1 },
          { id: 'y', n: 2 },
          { id: 'x', n: 3 },
        ],
      });
      await docs.updateOne({ _id: 'outbox' }, { $pull: { outbox: { id: 'x' } } });
      const doc = await docs.findOne({ _id: 'outbox' });
      expect(same(doc?.outbox, [{ id: 'y', n: 2 }]), `outbox is ${JSON.stringify(doc?.outbox)}`);
      return 'removes every matching element';
    });

    await check('$push with $each', async () => {
      await docs.updateOne({ _id: 'outbox' }, { $push: { list: { $each: [1, 2, 3] } } });
      await docs.updateOne({ _id: 'outbox' }, { $push: { list: { $each: [4] } } });
      const doc = await docs.findOne({ _id: 'outbox' });
      expect(same(doc?.list, [1, 2, 3, 4]), `list is ${JSON.stringify(doc?.list)}`);
      return 'appends in order';
    });

    await check('updateMany', async () => {
      const result = await docs.updateMany({ g: 7 }, { $set: { flag: true } });
      const flagged = await docs.countDocuments({ flag: true });
      expect(
        result.matchedCount === 20 && result.modifiedCount === 20 && flagged === 20,
        `matched ${result.matchedCount}, modified ${result.modifiedCount}, flagged ${flagged}; expected 20`,
      );
      return 'matched and modified 20 of 20';
    });

    await check('bulkWrite', async () => {
      const operations: AnyBulkWriteOperation<FeatureDoc>[] = [
        { insertOne: { document: { _id: 'bulk', k: 1000, g: 0 } } },
        { updateOne: { filter: { k: 10 }, update: { $set: { tag: 'bulk' } } } },
        { deleteOne: { filter: { k: 11 } } },
      ];
      const result = await docs.bulkWrite(operations, { ordered: true });
      expect(
        result.insertedCount === 1 && result.modifiedCount === 1 && result.deletedCount === 1,
        `inserted ${result.insertedCount}, modified ${result.modifiedCount}, deleted ${result.deletedCount}`,
      );
      return 'insert, update and delete in one call';
    });

    await check('aggregate $match/$group/$sum', async () => {
      const rows = await docs
        .aggregate<{ _id: number; n: number; total: number }>([
          { $match: { g: { $in: [2, 3] } } },
          { $group: { _id: '$g', n: { $sum: 1 }, total: { $sum: '$k' } } },
          { $sort: { _id: 1 } },
        ])
        .toArray();
      const expected = [2, 3].map((g) => {
        const members = seed.filter((d) => d.g === g);
        return {
          _id: g,
          n: members.length,
          total: members.reduce((sum, d) => sum + (d.k ?? 0), 0),
        };
      });
      expect(
        same(rows, expected),
        `got ${JSON.stringify(rows)}, expected ${JSON.stringify(expected)}`,
      );
      return 'counts and sums per group';
    });

    await check('countDocuments', async () => {
      const n = await docs.countDocuments({ g: 4 });
      expect(n === 20, `countDocuments({g:4}) = ${n}, expected 20`);
      return '20 of 20';
    });

    await check('distinct', async () => {
      const values = await docs.distinct('g', { k: { $lt: 30 } });
      const sorted = [...values].sort((a, b) => Number(a) - Number(b));
      expect(same(sorted, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), `distinct g: ${JSON.stringify(sorted)}`);
      return 'ten values';
    });

    await check('sort + limit on an indexed field', async () => {
      const top = await docs
        .find({ k: { $lt: 1000 } }, { projection: { k: 1 } })
        .sort({ k: -1 })
        .limit(3)
        .toArray();
      const ks = top.map((d) => d.k);
      expect(same(ks, [199, 198, 197]), `top 3 by k: ${JSON.stringify(ks)}`);
      return 'descending order, three documents';
    });

    await check('$in on _id', async () => {
      const wanted = [3, 50, 150].map(idFor);
      const found = await docs.find({ _id: { $in: [...wanted, idFor(9_999)] } }).toArray();
      const ks = found.map((d) => d.k).sort((a, b) => (a ?? 0) - (b ?? 0));
      expect(same(ks, [3, 50, 150]), `found k ${JSON.stringify(ks)}`);
      return 'exactly the three that exist';
    });

    await db.dropDatabase();
  } finally {
    await client.close();
  }
  return results;
}

// ------------------------------------------------------------------ durability

interface DurableDoc {
  _id: number;
  g: number;
  pad: string;
}

/** Inserts `n` documents one at a time (each acknowledged) and returns as soon as the last is. */
export async function insertAcknowledged(url: string, n: number): Promise<number> {
  const client = new MongoClient(url, { ...SHORT, maxPoolSize: 1 });
  await client.connect();
  try {
    const db = client.db('bench_durability');
    await db.dropDatabase();
    const collection = db.collection<DurableDoc>('docs');
    await collection.createIndex({ g: 1 });
    const started = now();
    for (let i = 0; i < n; i++) {
      await collection.insertOne({ _id: i, g: i % 10, pad: FILLER });
    }
    return Math.round(now() - started);
  } finally {
    // close without waiting for anything: the caller kills the store right after this returns
    void client.close(true).catch(() => undefined);
  }
}

export async function countSurvivors(
  url: string,
): Promise<{ survived: number; found: number; expected: number }> {
  const client = new MongoClient(url, { ...SHORT, maxPoolSize: 1 });
  await client.connect();
  try {
    const collection = client.db('bench_durability').collection<DurableDoc>('docs');
    const survived = await collection.countDocuments({});
    const ids = await collection.find({}, { projection: { _id: 1 } }).toArray();
    const expected = ids.filter((doc) => doc._id % 10 === 3).length;
    const found = (await collection.find({ g: 3 }).toArray()).length;
    return { survived, found, expected };
  } finally {
    await client.close();
  }
}

export async function buildInfoVersion(url: string): Promise<string> {
  const client = new MongoClient(url, { ...SHORT, maxPoolSize: 1 });
  await client.connect();
  try {
    const info: Document = await client.db('admin').command({ buildInfo: 1 });
    const version: unknown = info.version;
    const ferret: unknown = info.ferretdbVersion;
    return `${String(version)}${typeof ferret === 'string' ? ` (ferretdb ${ferret})` : ''}`;
  } finally {
    await client.close();
  }
}
