import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

export interface TestInfrastructure {
  kafkaBrokers: string;
  mongoUrl: string;
  /**
   * The broker principal and TLS settings (KAFKA_SASL_*, KAFKA_SSL*) as environment variables,
   * for test clients and the services under test: the local broker refuses strangers.
   */
  kafkaSecurity: Record<string, string>;
}

/** The variables deploy/local/infra.sh env exports for the broker's principal. */
export const KAFKA_SECURITY_VARIABLES = [
  'KAFKA_SASL_MECHANISM',
  'KAFKA_SASL_USERNAME',
  'KAFKA_SASL_PASSWORD',
  'KAFKA_SSL',
  'KAFKA_SSL_CA_FILE',
] as const;

function kafkaSecurityOf(environment: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    KAFKA_SECURITY_VARIABLES.flatMap((name) => {
      const value = environment[name];
      return value ? [[name, value]] : [];
    }),
  );
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
  return { kafkaBrokers, mongoUrl, kafkaSecurity: kafkaSecurityOf(process.env) };
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
  const variables = Object.fromEntries(
    // `export NAME=value` or `export NAME='value'` (a URL with `&` is quoted)
    [...exported.matchAll(/^export ([A-Z0-9_]+)=(?:'([^']*)'|(\S+))$/gm)].map((match) => [
      match[1],
      match[2] ?? match[3],
    ]),
  );
  const read = (name: string): string => {
    const value = variables[name];
    if (!value) {
      throw new Error(`deploy/local/infra.sh env did not export ${name}`);
    }
    return value;
  };
  return {
    kafkaBrokers: read('KAFKA_BROKERS'),
    mongoUrl: read('MONGO_URL'),
    kafkaSecurity: kafkaSecurityOf(variables),
  };
}

export function stopLocalInfrastructure(): void {
  execFileSync('bash', [join(REPOSITORY_ROOT, 'deploy', 'local', 'infra.sh'), 'down'], {
    stdio: 'inherit',
  });
}
