import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, WriteStream } from 'node:fs';
import { join } from 'node:path';

import { SERVICE_NAMES, ServiceName } from '@libs/testing';

import { REPOSITORY_ROOT } from './paths';

// one list of the services, the one the end-to-end tests start
export { SERVICE_NAMES };
export type { ServiceName };

export interface ServiceSetOptions {
  /** Names this set's databases, topic prefix and consumer groups: `bench_<run>_<set>_…`. */
  run: string;
  set: string;
  firstPort: number;
  kafkaBrokers: string[];
  mongoUrl: string;
  /** Trust settings (the test authority's public key) and any extra service settings. */
  environment: Record<string, string>;
  logDir: string;
  /** Directory for CPU profiles (written when a service stops); none when undefined. */
  profileDir?: string;
  /** Directory for each service's memory trace (process.memoryUsage() once a second). */
  memoryDir?: string;
}

interface Running {
  name: ServiceName;
  port: number;
  process: ChildProcess;
  log: WriteStream;
  logFile: string;
  extraEnvironment: Record<string, string>;
}

/** The database name one service of a set uses. */
export function databaseName(run: string, set: string, service: string): string {
  return `bench_${run}_${set}_${service}`;
}

/**
 * The five compiled services (dist/services) as separate processes, as deploy/local/run-system.sh
 * starts them, each with its own database and consumer group and a topic prefix of the set's.
 */
export class ServiceSet {
  private readonly running = new Map<ServiceName, Running>();

  constructor(private readonly options: ServiceSetOptions) {}

  get topicPrefix(): string {
    return `bench-${this.options.run}-${this.options.set}.`;
  }

  database(service: ServiceName): string {
    return databaseName(this.options.run, this.options.set, service);
  }

  groupId(service: ServiceName): string {
    return `bench-${this.options.run}-${this.options.set}-${service}`;
  }

  url(service: ServiceName, path: string): string {
    return `http://127.0.0.1:${this.port(service)}${path}`;
  }

  port(service: ServiceName): number {
    return this.options.firstPort + SERVICE_NAMES.indexOf(service);
  }

  pids(): Record<string, number> {
    const pids: Record<string, number> = {};
    for (const service of this.running.values()) {
      if (service.process.pid !== undefined && service.process.exitCode === null) {
        pids[service.name] = service.process.pid;
      }
    }
    return pids;
  }

  async start(): Promise<number> {
    if (!existsSync(join(REPOSITORY_ROOT, 'dist', 'services', 'intake', 'src', 'main.js'))) {
      throw new Error('dist/services is missing: run `npm run build` first (npm run bench does)');
    }
    mkdirSync(this.options.logDir, { recursive: true });
    const started = Date.now();
    for (const name of SERVICE_NAMES) {
      this.spawn(name, {});
    }
    await Promise.all(SERVICE_NAMES.map((name) => this.waitReady(name)));
    return Date.now() - started;
  }

  /** Stops one service and starts it again with extra settings (e.g. a scan interval). */
  async restart(name: ServiceName, extraEnvironment: Record<string, string>): Promise<number> {
    await this.stopOne(name);
    const started = Date.now();
    this.spawn(name, extraEnvironment);
    await this.waitReady(name);
    return Date.now() - started;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.running.keys()].map((name) => this.stopOne(name)));
  }

  /** The last lines a service wrote, for error messages. */
  tail(name: ServiceName, lines = 30): string {
    const service = this.running.get(name);
    if (!service || !existsSync(service.logFile)) {
      return '';
    }
    return readFileSync(service.logFile, 'utf8').split('\n').slice(-lines).join('\n');
  }

  private spawn(name: ServiceName, extraEnvironment: Record<string, string>): void {
    const port = this.port(name);
    const logFile = join(this.options.logDir, `${this.options.set}-${name}.log`);
    const log = createWriteStream(logFile, { flags: 'a' });
    const nodeArguments = ['-r', './deploy/runtime/register-paths.js'];
    if (this.options.profileDir || this.options.memoryDir) {
      nodeArguments.push('-r', './dist/bench/bench/system/service-hook.js');
    }
    if (this.options.profileDir) {
      mkdirSync(this.options.profileDir, { recursive: true });
    }
    if (this.options.memoryDir) {
      mkdirSync(this.options.memoryDir, { recursive: true });
    }
    const child = spawn(process.execPath, [...nodeArguments, `dist/services/${name}/src/main.js`], {
      cwd: REPOSITORY_ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: String(port),
        MONGO_URL: this.options.mongoUrl,
        MONGO_DB: this.database(name),
        KAFKA_BROKERS: this.options.kafkaBrokers.join(','),
        KAFKA_TOPIC_PREFIX: this.topicPrefix,
        KAFKA_GROUP_ID: this.groupId(name),
        LOG_LEVEL: 'warn',
        // One client address sends the whole province's load: lift the per-address limit.
        RATE_LIMIT_PER_MINUTE: '100000',
        ...(this.options.profileDir
          ? { BENCH_PROFILE_FILE: join(this.options.profileDir, `${this.options.set}-${name}`) }
          : {}),
        ...(this.options.memoryDir
          ? { BENCH_MEMORY_FILE: join(this.options.memoryDir, `${this.options.set}-${name}.jsonl`) }
          : {}),
        ...this.options.environment,
        ...extraEnvironment,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    this.running.set(name, { name, port, process: child, log, logFile, extraEnvironment });
  }

  private async waitReady(name: ServiceName): Promise<void> {
    const service = this.running.get(name);
    if (!service) {
      throw new Error(`${name} was not started`);
    }
    const deadline = Date.now() + 180_000;
    let last = '';
    while (Date.now() < deadline) {
      if (service.process.exitCode !== null) {
        throw new Error(
          `${name} exited with code ${service.process.exitCode} while starting; last lines of ${service.logFile}:\n${this.tail(name)}`,
        );
      }
      try {
        const response = await fetch(this.url(name, '/health/ready'), {
          signal: AbortSignal.timeout(5000),
        });
        if (response.status === 200) {
          return;
        }
        last = `${response.status} ${await response.text()}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error(`${name} not ready after 180 s (last answer: ${last}); log ${service.logFile}`);
  }

  private async stopOne(name: ServiceName): Promise<void> {
    const service = this.running.get(name);
    if (!service) {
      return;
    }
    this.running.delete(name);
    if (service.process.exitCode === null && service.process.signalCode === null) {
      await new Promise<void>((resolve) => {
        const killer = setTimeout(() => service.process.kill('SIGKILL'), 15_000);
        service.process.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        service.process.kill('SIGTERM');
      });
    }
    service.log.end();
  }
}
