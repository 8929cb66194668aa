import 'reflect-metadata';

import { appendFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { kafkaSecurityEnvironment } from '@libs/config';
import { processAlive, TestAuthority } from '@libs/testing';

import { calibrate } from './calibration';
import { BenchContext, waitQuiet } from './context';
import { provinceCommunes } from './fixtures';
import { benchKafka, deleteGroups, deleteTopicsWithPrefix } from './kafka-tools';
import { describeMachine } from './machine';
import { summarizeMemoryTraces } from './memory-trace';
import { buildNotes } from './notes';
import { readOptions, ScenarioName } from './options';
import { REPOSITORY_ROOT } from './paths';
import { PipelineSampler } from './pipeline-sampler';
import { ProcessSampler } from './process-sampler';
import { summarizeProfiles } from './profile';
import { BenchResults, figures, writeReport } from './report';
import { runBirthLetter } from './scenarios/birth-letter';
import { runConsumerRatio } from './scenarios/consumer-ratio';
import { runHttpRatio } from './scenarios/http-ratio';
import { counterDocuments, runLifecycles } from './scenarios/lifecycles';
import { runOverdue } from './scenarios/overdue';
import { runPreload } from './scenarios/preload';
import { SERVICE_NAMES, ServiceSet } from './services';
import { Store } from './store';
import { collectionScans, scansBetween, storeHeap } from './store-diagnostics';

const QUIET_TIMEOUT_MS = 180_000;
/** A full run lasts hours; its officer token must not expire midway. */
const BENCH_TOKEN_LIFETIME_SECONDS = 24 * 3600;

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), process.env);
  const runDir = join(REPOSITORY_ROOT, '.local', 'bench', options.run);
  mkdirSync(runDir, { recursive: true });
  const logFile = join(runDir, 'bench.log');
  const log = (message: string): void => {
    const line = `[bench ${new Date().toISOString().slice(11, 19)}] ${message}`;
    process.stdout.write(`${line}\n`);
    appendFileSync(logFile, `${line}\n`);
  };
  const has = (scenario: ScenarioName): boolean => options.scenarios.includes(scenario);
  log(
    `run ${options.run} (${options.kind}): ${options.scenarios.join(', ')}; logs and profiles in ${runDir}`,
  );

  const machine = describeMachine();
  const sampler = new ProcessSampler(options.rssSampleMs);
  const infrastructurePids: Record<string, number> = {};
  for (const [name, variable] of [
    ['store', 'BENCH_STORE_PID'],
    ['kafka', 'BENCH_KAFKA_PID'],
  ] as const) {
    const pid = Number(process.env[variable]);
    if (Number.isInteger(pid) && pid > 0) {
      infrastructurePids[name] = pid;
    }
  }
  sampler.watch({ ...infrastructurePids, 'bench-driver': process.pid });
  const heapAtStart = storeHeap(infrastructurePids.store);
  sampler.start();

  const store = await Store.open(options.mongoUrl);
  const kafka = benchKafka(options.kafka, `bench-${options.run}`);
  const admin = kafka.admin();
  await admin.connect();
  const pipeline = new PipelineSampler(admin, store);
  sampler.onPhase((phase) => pipeline.enter(phase));
  pipeline.start();
  const authority = new TestAuthority();
  const communes = provinceCommunes('14797', 20);
  const context: BenchContext = {
    options,
    store,
    kafka,
    admin,
    sampler,
    authority,
    officer: await authority.bearer({
      roles: ['officer'],
      communes: communes.map((commune) => commune.code),
      subject: 'can-bo-bench',
      expiresInSeconds: BENCH_TOKEN_LIFETIME_SECONDS,
    }),
    communes,
    runDir,
    ...(infrastructurePids.store ? { storePid: infrastructurePids.store } : {}),
    log,
  };

  const results: BenchResults = {
    benchmark: 'chinh-quyen-than-thien system benchmark',
    kind: options.kind,
    machine,
    loadAverageAtEnd: [],
    options: {
      ...options,
      kafkaBrokers: undefined,
      kafka: undefined,
      mongoUrl: undefined,
      infrastructure:
        process.env.BENCH_INFRASTRUCTURE ??
        `Kafka ${options.kafkaBrokers.join(',')}, store ${options.mongoUrl}`,
    } as BenchResults['options'],
    startedAt: new Date().toISOString(),
    finishedAt: '',
    calibration: calibrate(),
    servicesStartMs: {},
    quiet: {},
    processes: {},
    profiles: [],
    memory: [],
    collectionScans: {},
    pipeline: {},
    storeHeap: {},
    errors: [],
    cleanup: [],
  };
  results.storeHeap.atStart = heapAtStart;
  log(
    `calibration: scrypt (intake's lookup secret, N=16384) ${results.calibration.scryptDefaultMs} ms, ` +
      `N=1024 ${results.calibration.scryptN1024Ms} ms, HMAC-SHA256 ${results.calibration.hmacSha256Ms} ms`,
  );

  const profileDir = options.profile ? join(runDir, 'profiles') : undefined;
  const memoryDir = options.memoryTrace ? join(runDir, 'memory') : undefined;
  const sets: ServiceSet[] = [];
  const newSet = (set: string): ServiceSet => {
    const created = new ServiceSet({
      run: options.run,
      set,
      firstPort: options.firstPort,
      kafkaBrokers: options.kafkaBrokers,
      mongoUrl: options.mongoUrl,
      environment: {
        ...kafkaSecurityEnvironment(options.kafka),
        ...authority.environment,
        // the officer token outlives the services' 12-hour default: let them accept it
        AUTH_MAX_TOKEN_LIFETIME_SECONDS: String(BENCH_TOKEN_LIFETIME_SECONDS),
        ...options.serviceEnv,
      },
      logDir: runDir,
      ...(profileDir ? { profileDir } : {}),
      ...(memoryDir ? { memoryDir } : {}),
    });
    sets.push(created);
    return created;
  };
  const startSet = async (set: ServiceSet, label: string): Promise<void> => {
    log(`starting the five services (${label}, topic prefix ${set.topicPrefix})`);
    results.servicesStartMs[label] = await set.start();
    sampler.watch(set.pids());
    pipeline.watch(set);
    log(`services ready in ${results.servicesStartMs[label]} ms`);
  };
  const stopSet = async (set: ServiceSet): Promise<void> => {
    pipeline.watch(undefined);
    await set.stop();
    sampler.forget([...SERVICE_NAMES]);
  };
  const scenario = async (
    name: string,
    work: () => Promise<void>,
    set?: ServiceSet,
  ): Promise<void> => {
    const databases = set ? SERVICE_NAMES.map((service) => set.database(service)) : [];
    const before = set ? await collectionScans(store, databases) : undefined;
    try {
      await work();
      if (set) {
        const scans = scansBetween(before, await collectionScans(store, databases));
        if (scans) {
          results.collectionScans[name] = scans;
        }
      }
    } catch (error) {
      let message = error instanceof Error ? error.message : String(error);
      for (const [name, pid] of Object.entries(infrastructurePids)) {
        if (!processAlive(pid)) {
          message += ` (the ${name} process ${pid} has exited: see its log, e.g. .local/logs/${name}.log)`;
        }
      }
      log(`${name} FAILED: ${message}`);
      results.errors.push({ scenario: name, error: message.slice(0, 2000) });
    }
  };
  const quiet = async (set: ServiceSet, after: string): Promise<void> => {
    const outcome = await waitQuiet(context, set, QUIET_TIMEOUT_MS);
    results.quiet[after] = outcome;
    if (!outcome.quiet) {
      log(
        `after ${after}: not quiet within ${QUIET_TIMEOUT_MS / 1000} s (lag ${outcome.lag}, outbox ${outcome.outbox})`,
      );
    }
  };

  let cleaning: Promise<void> | undefined;
  const cleanup = (): Promise<void> =>
    (cleaning ??= (async () => {
      for (const set of sets) {
        await set.stop().catch(() => undefined);
      }
      if (options.keepData) {
        results.cleanup.push('BENCH_KEEP_DATA: databases and topics kept');
        return;
      }
      results.cleanup.push(await store.dropDatabasesWithPrefix(`bench_${options.run}_`));
      results.cleanup.push(await deleteTopicsWithPrefix(admin, `bench-${options.run}-`));
      const groups = sets.flatMap((set) => SERVICE_NAMES.map((service) => set.groupId(service)));
      const own = (await admin.listGroups()).groups
        .map((group) => group.groupId)
        .filter((group) => group.startsWith(`bench-${options.run}-`));
      results.cleanup.push(await deleteGroups(admin, [...new Set([...groups, ...own])]));
    })());
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) {
      return;
    }
    interrupted = true;
    log(`${signal}: stopping the services and cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    if (has('consumer')) {
      await scenario('consumer', async () => {
        results.consumer = await runConsumerRatio(context);
      });
    }
    if (has('birth') || has('lifecycles') || has('http')) {
      const setA = newSet('a');
      await startSet(setA, 'empty store');
      if (has('birth')) {
        await scenario(
          'birth',
          async () => {
            results.birthLetter = await runBirthLetter(context, setA);
          },
          setA,
        );
        await quiet(setA, 'birth');
      }
      if (has('lifecycles')) {
        await scenario(
          'lifecycles',
          async () => {
            results.lifecyclesEmpty = await runLifecycles(context, setA, 'empty');
          },
          setA,
        );
        if (results.lifecyclesEmpty) {
          results.lifecyclesEmpty.growingDocuments = await counterDocuments(context, setA);
        }
        await quiet(setA, 'lifecycles');
      }
      if (has('http')) {
        await scenario(
          'http',
          async () => {
            results.httpRatio = await runHttpRatio(context, setA);
          },
          setA,
        );
        await quiet(setA, 'http');
      }
      await stopSet(setA);
    }
    if (has('preload') || has('lifecycles-preloaded') || has('overdue')) {
      const setB = newSet('b');
      if (has('preload') && options.preload > 0) {
        await scenario('preload', async () => {
          results.preload = await runPreload(context, setB);
          results.storeHeap.afterPreload = storeHeap(infrastructurePids.store);
        });
      }
      await startSet(
        setB,
        `${(results.preload?.dossiers ?? 0).toLocaleString('en')} dossiers stored`,
      );
      if (has('lifecycles-preloaded')) {
        await scenario(
          'lifecycles-preloaded',
          async () => {
            results.lifecyclesPreloaded = await runLifecycles(context, setB, 'preloaded');
          },
          setB,
        );
        if (results.lifecyclesPreloaded) {
          results.lifecyclesPreloaded.growingDocuments = await counterDocuments(context, setB);
        }
        await quiet(setB, 'lifecycles-preloaded');
      }
      if (has('overdue')) {
        await scenario(
          'overdue',
          async () => {
            results.overdue = await runOverdue(context, setB, 'default');
          },
          setB,
        );
        if (options.overdueVariantIntervalMs > 0) {
          await scenario('overdue-variant', async () => {
            const interval = String(options.overdueVariantIntervalMs);
            log(`restarting deadline with DEADLINE_SCAN_INTERVAL_MS=${interval}`);
            results.servicesStartMs[`deadline (scan ${interval} ms)`] = await setB.restart(
              'deadline',
              { DEADLINE_SCAN_INTERVAL_MS: interval },
            );
            sampler.watch(setB.pids());
            results.overdueVariant = await runOverdue(
              context,
              setB,
              options.overdueVariantIntervalMs,
            );
          });
        }
      }
      await stopSet(setB);
    }
  } finally {
    sampler.stop();
    await pipeline.stop();
    results.pipeline = pipeline.figures();
    await cleanup();
    results.processes = sampler.figures();
    if (profileDir) {
      results.profiles = summarizeProfiles(profileDir);
    }
    if (memoryDir) {
      results.memory = summarizeMemoryTraces(memoryDir);
    }
    results.finishedAt = new Date().toISOString();
    results.loadAverageAtEnd = loadavg().map((value) => Math.round(value * 100) / 100);
    const written = writeReport(
      join(REPOSITORY_ROOT, options.outDir),
      results,
      buildNotes(results),
    );
    for (const row of figures(results)) {
      log(
        `${row.met === null ? '—' : row.met ? 'met' : 'MISSED'}  ${row.figure}: ${row.measured} (target ${row.target})`,
      );
    }
    log(`wrote ${written.markdown} and ${written.json}`);
    await admin.disconnect().catch(() => undefined);
    await store.close().catch(() => undefined);
  }
  return results.errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
