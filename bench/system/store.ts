import mongoose, { Connection, mongo } from 'mongoose';

/**
 * The benchmark's own connection to the store, for what it reads and writes directly: the
 * effects it waits for (by `_id` or an ordered index, never a collection scan), the preload,
 * the outbox backlog and the cleanup.
 */
export class Store {
  private constructor(readonly connection: Connection) {}

  static async open(url: string): Promise<Store> {
    const connection = await mongoose
      .createConnection(url, {
        retryWrites: false,
        maxPoolSize: 8,
        serverSelectionTimeoutMS: 10_000,
      })
      .asPromise();
    return new Store(connection);
  }

  db(name: string): mongo.Db {
    return this.connection.getClient().db(name);
  }

  /** A mongoose connection to one database (models with the services' own schemas). */
  useDb(name: string): Connection {
    return this.connection.useDb(name, { useCache: true });
  }

  /**
   * Documents still holding unpublished events, over the collections of a database that have
   * an outbox (an index led by outboxPending, which the count then uses: the benchmark's own
   * reads never scan a collection, so the store's scan counts are the services' alone).
   */
  async outboxBacklog(database: string): Promise<number> {
    const db = this.db(database);
    let pending = 0;
    for (const name of await this.outboxCollections(database)) {
      pending += await db.collection(name).countDocuments({ outboxPending: true });
    }
    return pending;
  }

  private readonly outboxes = new Map<string, { names: string[]; at: number }>();

  private async outboxCollections(database: string): Promise<string[]> {
    const known = this.outboxes.get(database);
    if (known && Date.now() - known.at < 30_000) {
      return known.names;
    }
    const db = this.db(database);
    const names: string[] = [];
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      if (name.startsWith('system.')) {
        continue;
      }
      const indexes = await db.collection(name).listIndexes().toArray();
      if (
        indexes.some(
          (index) =>
            Object.keys((index as { key: Record<string, unknown> }).key)[0] === 'outboxPending',
        )
      ) {
        names.push(name);
      }
    }
    this.outboxes.set(database, { names, at: Date.now() });
    return names;
  }

  async databasesWithPrefix(prefix: string): Promise<string[]> {
    const { databases } = await this.db('admin').admin().listDatabases({ nameOnly: true });
    return databases.map((database) => database.name).filter((name) => name.startsWith(prefix));
  }

  /** Drops every database under the prefix; failures are reported, not thrown (cleanup). */
  async dropDatabasesWithPrefix(prefix: string): Promise<string> {
    try {
      const names = await this.databasesWithPrefix(prefix);
      for (const name of names) {
        await this.db(name).dropDatabase();
      }
      return `dropped ${names.length} databases ${prefix}*`;
    } catch (error) {
      return `could not drop databases ${prefix}*: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
