import { execFileSync } from 'node:child_process';

import { Store } from './store';

/**
 * Per collection, how many filters read every document since the store started: the embedded
 * store answers `{collectionScans: 1}` (deploy/local/store); other stores do not, and the
 * benchmark then reports nothing.
 */
export async function collectionScans(
  store: Store,
  databases: string[],
): Promise<Record<string, number> | undefined> {
  const found: Record<string, number> = {};
  for (const database of databases) {
    try {
      const reply = await store.db(database).command({ collectionScans: 1 });
      for (const [collection, count] of Object.entries(
        (reply.scans ?? {}) as Record<string, number>,
      )) {
        if (!collection.startsWith('system.')) {
          found[`${database}.${collection}`] = count;
        }
      }
    } catch {
      return undefined;
    }
  }
  return found;
}

/** Scans between two readings, only the collections that were scanned meanwhile. */
export function scansBetween(
  before: Record<string, number> | undefined,
  after: Record<string, number> | undefined,
): Record<string, number> | undefined {
  if (!before || !after) {
    return undefined;
  }
  const delta: Record<string, number> = {};
  for (const [collection, count] of Object.entries(after)) {
    const added = count - (before[collection] ?? 0);
    if (added > 0) {
      delta[collection] = added;
    }
  }
  return delta;
}

export interface JvmHeap {
  /** After a full collection, so `usedMB` is what the store keeps (its in-heap indexes). */
  usedMB: number;
  committedMB: number;
  maxMB?: number;
}

/** The store's live heap (jcmd GC.run, then GC.heap_info); undefined without jcmd or pid. */
export function storeHeap(pid: number | undefined): JvmHeap | undefined {
  if (!pid) {
    return undefined;
  }
  try {
    execFileSync('jcmd', [String(pid), 'GC.run'], { stdio: 'ignore', timeout: 120_000 });
    const info = execFileSync('jcmd', [String(pid), 'GC.heap_info'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    const match = /total (\d+)K, used (\d+)K/.exec(info);
    if (!match?.[1] || !match[2]) {
      return undefined;
    }
    const flags = execFileSync('jcmd', [String(pid), 'VM.flags'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    const max = /MaxHeapSize=(\d+)/.exec(flags);
    return {
      usedMB: Math.round(Number(match[2]) / 1024),
      committedMB: Math.round(Number(match[1]) / 1024),
      ...(max?.[1] ? { maxMB: Math.round(Number(max[1]) / 2 ** 20) } : {}),
    };
  } catch {
    return undefined;
  }
}

export interface GrowingDocument {
  collection: string;
  id: string;
  /** Entries in the array the document accumulates (one per counted fact). */
  entries: number;
}

/**
 * The documents that accumulate one array entry per fact (counters that remember what they
 * counted): their size grows with the month's volume, and so does every write to them.
 */
export async function growingDocuments(
  store: Store,
  targets: { database: string; collection: string; field: string }[],
): Promise<GrowingDocument[]> {
  const found: GrowingDocument[] = [];
  for (const { database, collection, field } of targets) {
    try {
      const rows = await store
        .db(database)
        .collection(collection)
        .aggregate<{ _id: unknown; entries: number }>([
          { $project: { entries: { $size: { $ifNull: [`$${field}`, []] } } } },
          { $sort: { entries: -1 } },
          { $limit: 3 },
        ])
        .toArray();
      for (const row of rows.filter((candidate) => candidate.entries > 0)) {
        found.push({
          collection: `${collection}.${field}`,
          id: String(row._id),
          entries: row.entries,
        });
      }
    } catch {
      // a store without $size in $project: no figure
    }
  }
  return found;
}
