import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REPOSITORY_ROOT } from './infrastructure';

const START_TIMEOUT_MS = 60_000;
/** Maven may have to build the store first (a fresh clone). */
export const STORE_BUILD_TIMEOUT_MS = 600_000;

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
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
export function storeClasspath(): string {
  const printed = execFileSync(
    'bash',
    [join(REPOSITORY_ROOT, 'deploy', 'local', 'infra.sh'), 'store-classpath'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: STORE_BUILD_TIMEOUT_MS },
  );
  const classpath = printed.trim().split('\n').pop();
  if (!classpath) {
    throw new Error('deploy/local/infra.sh store-classpath printed no classpath');
  }
  return classpath;
}

/** One running copy of the embedded store, and what it printed. */
export class EmbeddedStore {
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

/**
 * A test's own copy of the embedded store, on a free port over a file in a temporary folder:
 * the test can kill it (`kill -9`) and start it again on the same port and file.
 */
export class PrivateStore {
  private readonly directory: string;
  private readonly file: string;
  private classpath = '';
  private port = 0;
  private running: EmbeddedStore | undefined;

  constructor(name: string) {
    this.directory = mkdtempSync(join(tmpdir(), `${name}-`));
    this.file = join(this.directory, 'store.mv.db');
  }

  /** The store's connection string. */
  get url(): string {
    return `mongodb://127.0.0.1:${this.port}`;
  }

  /** Starts the store; after a kill, again on the same port and file. */
  async start(): Promise<void> {
    if (this.port === 0) {
      this.classpath = storeClasspath();
      this.port = await freePort();
    }
    this.running = await EmbeddedStore.start(this.classpath, this.port, this.file);
  }

  async kill(): Promise<void> {
    await this.running?.kill();
  }

  /** Kills the store and deletes its folder. */
  async remove(): Promise<void> {
    await this.kill();
    rmSync(this.directory, { recursive: true, force: true });
  }
}
