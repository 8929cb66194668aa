import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

import { BenchContext, sleep } from '../context';
import { birthDossierRequest, birthRegistrationRequest } from '../fixtures';
import { closedLoop, ClosedLoopResult, JsonClient } from '../http-client';
import { REPOSITORY_ROOT } from '../paths';
import { databaseName, ServiceSet } from '../services';

export interface HttpRatioResult {
  clients: number;
  seconds: number;
  bare: ClosedLoopResult;
  intakeDossier: ClosedLoopResult;
  intakeBirthRegistration: ClosedLoopResult;
  /** intake POST /v1/dossiers ÷ bare node:http + mongoose insert: the figure. */
  ratio: number;
  birthRegistrationRatio: number;
}

const WARMUP_S = 3;

/**
 * Closed loop, the same client and concurrency against intake's POST /v1/dossiers (and POST
 * /v1/birth-registrations) and against a bare node:http + mongoose insert of a document of the
 * same shape in the same store, in the same run.
 */
export async function runHttpRatio(
  context: BenchContext,
  set: ServiceSet,
): Promise<HttpRatioResult> {
  const { options } = context;
  const port = options.firstPort + 10;
  const log = createWriteStream(join(context.runDir, 'bare-http-server.log'), { flags: 'a' });
  const bare = spawn(
    process.execPath,
    ['-r', './bench/register-paths.js', 'dist/bench/bench/system/bare-http-server.js'],
    {
      cwd: REPOSITORY_ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: String(port),
        MONGO_URL: options.mongoUrl,
        MONGO_DB: databaseName(options.run, 'x', 'bare'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  bare.stdout.pipe(log);
  bare.stderr.pipe(log);
  const client = new JsonClient({ authorization: context.officer }, options.httpClients * 2);
  try {
    const bareUrl = `http://127.0.0.1:${port}/v1/dossiers`;
    const ready = Date.now() + 60_000;
    for (;;) {
      if (bare.exitCode !== null) {
        throw new Error(
          `the bare server exited (${bare.exitCode}); see ${context.runDir}/bare-http-server.log`,
        );
      }
      try {
        if ((await client.get(`http://127.0.0.1:${port}/health`)).status === 200) {
          break;
        }
      } catch {
        // not listening yet
      }
      if (Date.now() > ready) {
        throw new Error('the bare server did not answer within 60 s');
      }
      await sleep(200);
    }
    if (bare.pid !== undefined) {
      context.sampler.watch({ 'bare-http-server': bare.pid });
    }
    const communes = context.communes.map((commune) => commune.code);
    const communeOf = (seed: number): string => communes[seed % communes.length] ?? '14797';
    let seed = 2_000_000;
    const measure = async (
      phase: string,
      once: (seed: number) => Promise<number>,
      expected: number[],
    ): Promise<ClosedLoopResult> => {
      await closedLoop(options.httpClients, WARMUP_S, () => once((seed += 1)), expected);
      context.sampler.enter(phase);
      const result = await closedLoop(
        options.httpClients,
        options.httpS,
        () => once((seed += 1)),
        expected,
      );
      context.sampler.enter('idle');
      context.log(
        `${phase}: ${result.perSecond}/s with ${result.clients} clients (p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, failed ${result.failed})`,
      );
      return result;
    };
    const bareResult = await measure(
      'http:bare',
      async (value) =>
        (await client.post(bareUrl, birthDossierRequest(value, communeOf(value)))).status,
      [201],
    );
    const dossierResult = await measure(
      'http:intake-dossier',
      async (value) =>
        (
          await client.post(
            set.url('intake', '/v1/dossiers'),
            birthDossierRequest(value, communeOf(value)),
            { 'idempotency-key': `bench-http-${options.run}-${value}` },
          )
        ).status,
      [201],
    );
    const birthResult = await measure(
      'http:intake-birth-registration',
      async (value) =>
        (
          await client.post(
            set.url('intake', '/v1/birth-registrations'),
            birthRegistrationRequest(value, communeOf(value)),
            { 'idempotency-key': `bench-http-birth-${options.run}-${value}` },
          )
        ).status,
      [201],
    );
    const ratio = (value: number): number =>
      bareResult.perSecond > 0 ? Math.round((value / bareResult.perSecond) * 1000) / 1000 : 0;
    return {
      clients: options.httpClients,
      seconds: options.httpS,
      bare: bareResult,
      intakeDossier: dossierResult,
      intakeBirthRegistration: birthResult,
      ratio: ratio(dossierResult.perSecond),
      birthRegistrationRatio: ratio(birthResult.perSecond),
    };
  } finally {
    client.close();
    context.sampler.forget(['bare-http-server']);
    if (bare.exitCode === null) {
      await new Promise<void>((resolve) => {
        const killer = setTimeout(() => bare.kill('SIGKILL'), 10_000);
        bare.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        bare.kill('SIGTERM');
      });
    }
    log.end();
  }
}
