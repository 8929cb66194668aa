import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { issueToken } from '@libs/auth';
import { CommuneDirectory } from '@libs/reference-data';

import { Role, ScenarioRunner, ServiceUrls } from '../application/scenario-runner';
import { parseScenario, ScenarioFileError } from '../domain/scenario';

const USAGE = `Replays a scenario file (scenarios/FORMAT.md) through the running system's HTTP APIs.

  npm run scenario -- <file> [--concurrency 12] [--health-timeout 120] [--settle-timeout 600]
                             [--intake-url http://127.0.0.1:3001] … [--reporting-url http://127.0.0.1:3006]
                             [--keys .local/auth]

The defaults of --<service>-url are the ports of deploy/local/run-system.sh. Tokens are signed with the local keys of npm run token.
Exit codes: 0 the report matches expect, 1 a mismatch or a failed run, 2 an invalid file.`;

const DEFAULT_PORTS: Record<keyof ServiceUrls, number> = {
  intake: 3001,
  deadline: 3002,
  correspondence: 3003,
  survey: 3004,
  feedback: 3005,
  reporting: 3006,
};

const SERVICES = Object.keys(DEFAULT_PORTS) as (keyof ServiceUrls)[];

function progress(line: string): void {
  process.stderr.write(`[scenario] ${line}\n`);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      concurrency: { type: 'string', default: '12' },
      'health-timeout': { type: 'string', default: '120' },
      'settle-timeout': { type: 'string', default: '600' },
      keys: { type: 'string', default: resolve('.local', 'auth') },
      issuer: { type: 'string', default: 'local-dev' },
      audience: { type: 'string', default: 'chinh-quyen-than-thien' },
      help: { type: 'boolean', default: false },
      ...Object.fromEntries(
        SERVICES.map((service) => [`${service}-url`, { type: 'string' as const }]),
      ),
    },
  });
  const file = positionals[0];
  if (values.help || !file) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const urls = Object.fromEntries(
    SERVICES.map((service) => [
      service,
      (
        ((values as Record<string, unknown>)[`${service}-url`] as string | undefined) ??
        `http://127.0.0.1:${DEFAULT_PORTS[service]}`
      ).replace(/\/+$/, ''),
    ]),
  ) as unknown as ServiceUrls;

  const communes = CommuneDirectory.load();
  let scenario;
  try {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      throw new ScenarioFileError([
        { field: '(file)', message: `cannot read ${file} as JSON: ${(error as Error).message}` },
      ]);
    }
    scenario = parseScenario(raw, (code) => communes.find(code) !== undefined);
  } catch (error) {
    if (error instanceof ScenarioFileError) {
      error.problems.forEach((p) => process.stderr.write(`${file}: ${p.field}: ${p.message}\n`));
      return 2;
    }
    throw error;
  }
  const commune = communes.find(scenario.commune);
  const privateKeyPem = readFileSync(join(values.keys, 'dev-private.pem'), 'utf8');
  const tokenFor = (role: Role): Promise<string> =>
    issueToken({
      principal: { subject: `scenario-${role}`, roles: [role], communes: [scenario.commune] },
      issuer: values.issuer,
      audience: values.audience,
      privateKeyPem,
      expiresInSeconds: 4 * 3600,
    });
  const runner = new ScenarioRunner(scenario, {
    urls,
    tokenFor,
    concurrency: Math.max(1, Number(values.concurrency) || 12),
    healthTimeoutMs: Number(values['health-timeout']) * 1000,
    settleTimeoutMs: Number(values['settle-timeout']) * 1000,
    progress,
  });
  const started = Date.now();
  try {
    const { report, differences } = await runner.run(commune?.provinceCode ?? '');
    progress(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const difference of differences) {
      process.stderr.write(
        `mismatch ${difference.key}: expected ${JSON.stringify(difference.expected)}, got ${JSON.stringify(difference.actual)}\n`,
      );
    }
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return differences.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof ScenarioFileError) {
      error.problems.forEach((p) => process.stderr.write(`${file}: ${p.field}: ${p.message}\n`));
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
