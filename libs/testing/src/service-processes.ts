import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Admin } from 'kafkajs';

import { eventually } from './eventually';
import { REPOSITORY_ROOT, testInfrastructure } from './infrastructure';

/** The five services an end-to-end test starts unless it asks for reporting too. */
export const SERVICE_NAMES = [
  'intake',
  'deadline',
  'correspondence',
  'survey',
  'feedback',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
/** What a test may start: the five, and reporting where it reads figures. */
export type StartableService = ServiceName | 'reporting';

interface RunningService {
  name: StartableService;
  baseUrl: string;
  process: ChildProcess;
  output: string[];
}

export interface ServiceProcessesOptions {
  /** Ports from firstPort in `services` order; further replicas take the next ones. */
  firstPort: number;
  /** The services to start (default SERVICE_NAMES; reporting only where a test reads figures). */
  services?: readonly StartableService[];
  /** Processes per service, sharing its database and consumer group as ops run them (default 1). */
  replicas?: number;
  kafkaBrokers: string;
  mongoUrl: string;
  /** Unique per test run: names the topic prefix, consumer groups and databases. */
  run: string;
  /** Extra environment, e.g. a TestAuthority's settings. */
  environment: Record<string, string>;
}

/**
 * The compiled services (dist/) as separate processes, each with its own database and
 * consumer group, on a topic prefix of their own: what end-to-end tests drive over HTTP.
 */
export class ServiceProcesses {
  private constructor(
    private readonly running: Map<StartableService, RunningService[]>,
    readonly topicPrefix: string,
    private readonly run: string,
  ) {}

  static async start(options: ServiceProcessesOptions): Promise<ServiceProcesses> {
    if (!existsSync(join(REPOSITORY_ROOT, 'dist', 'services', 'intake', 'src', 'main.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first (the test command does)');
    }
    const topicPrefix = `e2e-${options.run}.`;
    const running = new Map<StartableService, RunningService[]>();
    const replicas = options.replicas ?? 1;
    const names = options.services ?? SERVICE_NAMES;
    for (let replica = 0; replica < replicas; replica += 1) {
      names.forEach((name, index) => {
        const port = options.firstPort + replica * names.length + index;
        const child = spawn(
          process.execPath,
          ['-r', './deploy/runtime/register-paths.js', `dist/services/${name}/src/main.js`],
          {
            cwd: REPOSITORY_ROOT,
            env: {
              PATH: process.env.PATH,
              NODE_ENV: 'test',
              PORT: String(port),
              MONGO_URL: options.mongoUrl,
              MONGO_DB: `e2e_${options.run}_${name}`,
              KAFKA_BROKERS: options.kafkaBrokers,
              ...testInfrastructure().kafkaSecurity,
              KAFKA_TOPIC_PREFIX: topicPrefix,
              KAFKA_GROUP_ID: `e2e-${options.run}-${name}`,
              LOG_LEVEL: 'warn',
              ...options.environment,
            },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        const output: string[] = [];
        child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
        child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
        const service = { name, baseUrl: `http://127.0.0.1:${port}`, process: child, output };
        running.set(name, [...(running.get(name) ?? []), service]);
      });
    }
    const processes = new ServiceProcesses(running, topicPrefix, options.run);
    try {
      for (const service of [...running.values()].flat()) {
        await eventually(
          async () => {
            if (service.process.exitCode !== null) {
              throw new Error(`${service.name} exited: ${service.output.join('').slice(-2000)}`);
            }
            const ready = await fetch(`${service.baseUrl}/health/ready`);
            return ready.status === 200 ? true : undefined;
          },
          { timeoutMs: 90_000, intervalMs: 250, description: `${service.name} ready` },
        );
      }
    } catch (error) {
      // The caller never receives the processes, so it cannot stop them; left running, their
      // pipes would keep the test runner from exiting.
      await processes.stop();
      throw error;
    }
    return processes;
  }

  /** The address of a path on one replica of a service (the first unless named). */
  url(service: StartableService, path: string, replica = 0): string {
    const running = this.running.get(service)?.[replica];
    if (!running) {
      throw new Error(`${service} replica ${replica} is not running`);
    }
    return `${running.baseUrl}${path}`;
  }

  groupId(service: StartableService): string {
    return `e2e-${this.run}-${service}`;
  }

  /** Waits until a service's consumer group has committed every record of the topics. */
  async consumedEverything(
    admin: Admin,
    service: StartableService,
    topics: string[],
  ): Promise<void> {
    await eventually(
      async () => {
        const committed = await admin.fetchOffsets({ groupId: this.groupId(service), topics });
        for (const topic of topics) {
          const ends = await admin.fetchTopicOffsets(topic);
          const read = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
          const behind = ends.some((end) => {
            const partition = read.find((candidate) => candidate.partition === end.partition);
            return BigInt(end.high) > BigInt(Math.max(0, Number(partition?.offset ?? 0)));
          });
          if (behind) {
            return undefined;
          }
        }
        return true;
      },
      { description: `${service} consumed ${topics.join(', ')}` },
    );
  }

  /** SIGTERM (graceful shutdown), SIGKILL after ten seconds. */
  async stop(): Promise<void> {
    await Promise.all(
      [...this.running.values()].flat().map(
        (service) =>
          new Promise<void>((resolve) => {
            if (service.process.exitCode !== null) {
              resolve();
              return;
            }
            const killer = setTimeout(() => service.process.kill('SIGKILL'), 10_000);
            service.process.once('exit', () => {
              clearTimeout(killer);
              resolve();
            });
            service.process.kill('SIGTERM');
          }),
      ),
    );
  }
}
