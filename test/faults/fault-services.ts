import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, WriteStream } from 'node:fs';
import { join } from 'node:path';

import { SERVICE_NAMES } from '@libs/testing';

/** Every service, the reporting projection included (the end-to-end set leaves it out). */
export const FAULT_SERVICES = [...SERVICE_NAMES, 'reporting'] as const;
export type FaultService = (typeof FAULT_SERVICES)[number];

export interface FaultServicesOptions {
  root: string;
  run: string;
  firstPort: number;
  replicas: number;
  /** PATH, the private instance's `infra.sh env` (brokers, store, credentials), trust settings. */
  environment: Record<string, string>;
  logDir: string;
}

interface Instance {
  service: FaultService;
  /** 0 … replicas-1 serve HTTP; a replay instance is numbered after them. */
  replica: number;
  port: number;
  groupId: string;
  process: ChildProcess;
  log: WriteStream;
  logFile: string;
}

const READY_TIMEOUT_MS = 300_000;

/**
 * The six compiled services as separate processes, several replicas each sharing the
 * service's database and consumer group (as ops run them), which the suite kills with -9 and
 * starts again one instance at a time. Unlike ServiceProcesses (end-to-end tests), instances
 * are addressable one by one, write their logs to files and can join a fresh consumer group.
 */
export class FaultServices {
  private readonly instances = new Map<string, Instance>();

  constructor(private readonly options: FaultServicesOptions) {
    if (!existsSync(join(options.root, 'dist', 'services', 'intake', 'src', 'main.js'))) {
      throw new Error('dist/services is missing: run `npm run build` first (npm run faults does)');
    }
  }

  get topicPrefix(): string {
    return `faults-${this.options.run}.`;
  }

  groupId(service: FaultService): string {
    return `faults-${this.options.run}-${service}`;
  }

  database(service: FaultService): string {
    return `faults_${this.options.run}_${service}`;
  }

  url(service: FaultService, path: string, replica: number): string {
    return `http://127.0.0.1:${this.port(service, replica)}${path}`;
  }

  async startAll(): Promise<void> {
    for (let replica = 0; replica < this.options.replicas; replica += 1) {
      for (const service of FAULT_SERVICES) {
        this.spawn(service, replica, this.groupId(service));
      }
    }
    await Promise.all([...this.instances.values()].map((instance) => this.waitReady(instance)));
  }

  /** SIGKILL: no shutdown hook, no offset commit, no lease released. */
  async kill(service: FaultService, replica: number): Promise<void> {
    const instance = this.instances.get(key(service, replica));
    if (!instance || instance.process.exitCode !== null || instance.process.signalCode !== null) {
      return;
    }
    await new Promise<void>((resolve) => {
      instance.process.once('exit', () => resolve());
      instance.process.kill('SIGKILL');
    });
    instance.log.end();
    this.instances.delete(key(service, replica));
  }

  /** Starts a killed replica again, as its supervisor would; resolves once it is ready. */
  async restart(service: FaultService, replica: number): Promise<void> {
    const instance = this.spawn(service, replica, this.groupId(service));
    await this.waitReady(instance);
  }

  /** One more instance of a service in a consumer group of its own (same database). */
  async startInGroup(service: FaultService, groupId: string): Promise<void> {
    const instance = this.spawn(service, this.options.replicas, groupId);
    await this.waitReady(instance);
  }

  /**
   * Waits until every instance answers ready (after an outage, without restarting any); names
   * each one still not ready after `timeoutMs`, with its last readiness answer.
   */
  async allReady(timeoutMs: number): Promise<string[]> {
    const outcomes = await Promise.allSettled(
      [...this.instances.values()].map((instance) => this.waitReady(instance, timeoutMs)),
    );
    return outcomes.flatMap((outcome) =>
      outcome.status === 'rejected'
        ? [outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)]
        : [],
    );
  }

  /** Unexpected exits (not killed by the suite): a crash is a finding. */
  crashed(): string[] {
    return [...this.instances.values()]
      .filter((instance) => instance.process.exitCode !== null)
      .map(
        (instance) =>
          `${instance.service}#${instance.replica} exited with ${instance.process.exitCode}`,
      );
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.instances.values()].map(
        (instance) =>
          new Promise<void>((resolve) => {
            if (instance.process.exitCode !== null || instance.process.signalCode !== null) {
              resolve();
              return;
            }
            const killer = setTimeout(() => instance.process.kill('SIGKILL'), 15_000);
            instance.process.once('exit', () => {
              clearTimeout(killer);
              instance.log.end();
              resolve();
            });
            instance.process.kill('SIGTERM');
          }),
      ),
    );
    this.instances.clear();
  }

  private port(service: FaultService, replica: number): number {
    return (
      this.options.firstPort + replica * FAULT_SERVICES.length + FAULT_SERVICES.indexOf(service)
    );
  }

  private spawn(service: FaultService, replica: number, groupId: string): Instance {
    const port = this.port(service, replica);
    const logFile = join(this.options.logDir, `${service}-${replica}.log`);
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(
      process.execPath,
      ['-r', './deploy/runtime/register-paths.js', `dist/services/${service}/src/main.js`],
      {
        cwd: this.options.root,
        env: {
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          // one client address sends all the load: lift the per-address limit
          RATE_LIMIT_PER_MINUTE: '100000',
          ...this.options.environment,
          PORT: String(port),
          MONGO_DB: this.database(service),
          KAFKA_TOPIC_PREFIX: this.topicPrefix,
          KAFKA_GROUP_ID: groupId,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const instance = { service, replica, port, groupId, process: child, log, logFile };
    this.instances.set(key(service, replica), instance);
    return instance;
  }

  private async waitReady(instance: Instance, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      if (instance.process.exitCode !== null) {
        throw new Error(
          `${instance.service}#${instance.replica} exited with ${instance.process.exitCode}:\n${tail(instance.logFile)}`,
        );
      }
      try {
        const response = await fetch(`http://127.0.0.1:${instance.port}/health/ready`, {
          // a loaded machine answers the health checks (a store ping, a broker call) slowly
          signal: AbortSignal.timeout(15_000),
        });
        if (response.status === 200) {
          return;
        }
        last = `${response.status} ${(await response.text()).slice(0, 1500)}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `${instance.service}#${instance.replica} not ready after ${timeoutMs / 1000} s (${last}); log ${instance.logFile}`,
    );
  }
}

function key(service: FaultService, replica: number): string {
  return `${service}#${replica}`;
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-30).join('\n') : '';
}
