import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

export interface TestInfrastructure {
  kafkaBrokers: string;
  mongoUrl: string;
}

/** The servers the integration tests talk to; set by the global setup. */
export function testInfrastructure(): TestInfrastructure {
  const kafkaBrokers = process.env.KAFKA_BROKERS;
  const mongoUrl = process.env.MONGO_URL;
  if (!kafkaBrokers || !mongoUrl) {
    throw new Error(
      'KAFKA_BROKERS and MONGO_URL are not set: run the integration tests through jest (global setup)',
    );
  }
  return { kafkaBrokers, mongoUrl };
}

export function localInfrastructureRunning(): boolean {
  try {
    execFileSync('bash', [join(REPOSITORY_ROOT, 'deploy', 'local', 'infra.sh'), 'status'], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

/** Runs deploy/local/infra.sh and returns the variables its `env` command exports. */
export function startLocalInfrastructure(): TestInfrastructure {
  const script = join(REPOSITORY_ROOT, 'deploy', 'local', 'infra.sh');
  execFileSync('bash', [script, 'up'], { stdio: 'inherit' });
  const exported = execFileSync('bash', [script, 'env'], { encoding: 'utf8' });
  const read = (name: string): string => {
    const match = new RegExp(`${name}=(\\S+)`).exec(exported);
    if (!match?.[1]) {
      throw new Error(`deploy/local/infra.sh env did not export ${name}`);
    }
    return match[1];
  };
  return { kafkaBrokers: read('KAFKA_BROKERS'), mongoUrl: read('MONGO_URL') };
}

export function stopLocalInfrastructure(): void {
  execFileSync('bash', [join(REPOSITORY_ROOT, 'deploy', 'local', 'infra.sh'), 'down'], {
    stdio: 'inherit',
  });
}
