import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { processAlive } from '@libs/testing';

const run = promisify(execFile);

export type Component = 'kafka' | 'store';

/** The command line each component's process must show, so a reused pid is never killed. */
const COMMAND_LINES: Record<Component, string> = {
  kafka: 'kafka.Kafka',
  store: 'vn.chinhquyen.store.StoreMain',
};

/** `export NAME=value` lines, as `infra.sh env` prints them (values may be quoted). */
export function parseExports(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*export\s+([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) {
      continue;
    }
    const raw = match[2].trim();
    const quoted = /^'(.*)'$/.exec(raw) ?? /^"(.*)"$/.exec(raw);
    variables[match[1]] = quoted ? quoted[1] : raw;
  }
  return variables;
}

/**
 * The suite's private deploy/local instance (LOCAL_INFRA_DIR, ports and LOCAL_KEYCLOAK=off are
 * in the environment run-faults.sh exported): stopped with -9 by its pid file, started
 * again with `infra.sh up`, as an operator would after a crash.
 */
export class PrivateInfrastructure {
  constructor(
    private readonly root: string,
    private readonly stateDir: string,
    private readonly script: string,
  ) {}

  /** Everything `infra.sh env` exports: brokers, store and any credentials it adds later. */
  async environment(): Promise<Record<string, string>> {
    const { stdout } = await run('bash', [this.script, 'env'], { cwd: this.root });
    const variables = parseExports(stdout);
    if (!variables.KAFKA_BROKERS || !variables.MONGO_URL) {
      throw new Error('deploy/local/infra.sh env printed no KAFKA_BROKERS or MONGO_URL');
    }
    return variables;
  }

  async kill(component: Component): Promise<number> {
    const pid = Number(readFileSync(join(this.stateDir, 'run', `${component}.pid`), 'utf8').trim());
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    if (!commandLine.includes(COMMAND_LINES[component])) {
      throw new Error(`pid ${pid} is not the private ${component} (${commandLine.slice(0, 80)})`);
    }
    process.kill(pid, 'SIGKILL');
    while (processAlive(pid)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return pid;
  }

  /** `infra.sh up`: starts whatever is down and waits until it is ready. */
  async up(): Promise<void> {
    await run('bash', [this.script, 'up'], { cwd: this.root, timeout: 180_000 });
  }
}
