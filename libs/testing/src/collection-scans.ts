import { mongo } from 'mongoose';

/**
 * Counts the queries that read a whole collection, per collection, in the given databases.
 *
 * - The embedded store counts them itself (`{collectionScans: 1}`, see deploy/local/store).
 * - MongoDB reports them through its profiler: `recordQueryPlans` turns it on before the
 *   workload, and the plan summaries it wrote are read back afterwards.
 */
export class CollectionScans {
  private constructor(private readonly client: mongo.MongoClient) {}

  static async connect(mongoUrl: string): Promise<CollectionScans> {
    return new CollectionScans(await mongo.MongoClient.connect(mongoUrl));
  }

  /** On MongoDB, profiles every operation of the databases; the embedded store needs nothing. */
  async recordQueryPlans(databases: string[]): Promise<void> {
    if (await this.isEmbeddedStore()) {
      return;
    }
    for (const database of databases) {
      await this.client.db(database).command({ profile: 2 });
    }
  }

  /** `{ "<database>.<collection>": scans }` for every collection read whole at least once. */
  async scans(databases: string[]): Promise<Record<string, number>> {
    const found: Record<string, number> = {};
    const embedded = await this.isEmbeddedStore();
    for (const database of databases) {
      const counts = embedded
        ? await this.embeddedScans(database)
        : await this.profiledScans(database);
      for (const [collection, count] of Object.entries(counts)) {
        if (!collection.startsWith('system.')) {
          found[`${database}.${collection}`] = count;
        }
      }
    }
    return found;
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async isEmbeddedStore(): Promise<boolean> {
    try {
      await this.client.db('admin').command({ collectionScans: 1 });
      return true;
    } catch {
      return false;
    }
  }

  private async embeddedScans(database: string): Promise<Record<string, number>> {
    const reply = await this.client.db(database).command({ collectionScans: 1 });
    return reply.scans as Record<string, number>;
  }

  private async profiledScans(database: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const scans = this.client
      .db(database)
      .collection<{ ns: string }>('system.profile')
      .find({ planSummary: 'COLLSCAN' }, { projection: { ns: 1 } });
    for await (const operation of scans) {
      const collection = operation.ns.slice(database.length + 1);
      counts[collection] = (counts[collection] ?? 0) + 1;
    }
    return counts;
  }
}
