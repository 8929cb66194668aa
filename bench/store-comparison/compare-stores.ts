// Measures the MongoDB-wire stores that install from the registries this project reaches, side by
// side in one run, and writes docs/store-comparison.json (raw) and docs/store-comparison.md.
//
//   npm run bench:stores                       everything (20-40 minutes on 2 cores)
//   npm run bench:stores -- --sizes 1000,20000 --candidates indexed,ferretdb-sqlite --out-dir /tmp/x
//
// Options: --sizes, --candidates, --load-budget-min (8), --measure-budget-min (15), --measure-ms
// (2000), --op-timeout-ms (600000), --isolation-rounds (3), --durability-inserts (500), --out-dir
// (docs), --store-classpath (skip the Maven build of deploy/local/store), --ferretdb-bin (skip
// infra.sh ferretdb-binary), --pg-bin, --heap='-Xmx2g -Xms256m' (as infra.sh runs the store; values
// that start with a dash need the = form),
// --memory-heap ("-Xmx6g -Xms256m"), --cache-mb (the H2 stores' cache; StoreMain's default is 256),
// --keep-data, --render-only <store-comparison.json> (rewrite the markdown from a run's raw
// figures, without measuring).
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MongoClient } from 'mongodb';
import { format, resolveConfig } from 'prettier';

import {
  buildStore,
  Candidate,
  CANDIDATE_IDS,
  CandidateId,
  ferretdbBinary,
  Instance,
  makeCandidates,
  Toolchain,
  toolVersions,
} from './candidates';
import {
  BenchDoc,
  buildInfoVersion,
  count,
  countSurvivors,
  features,
  insertAcknowledged,
  isolation,
  load,
  measureLookups,
  message,
  OP_LABELS,
  OpKey,
  OpStats,
  SizeResult,
} from './measurements';
import { directoryBytes, isRunning, killAllStartedSync, rssMb, run, tail } from './processes';
import { CandidateResult, renderMarkdown, Report } from './report';

function log(line: string): void {
  process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

function findRepoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'deploy', 'local', 'infra.sh'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error('cannot find the repository root (deploy/local/infra.sh) above ' + __dirname);
    }
    dir = parent;
  }
  return dir;
}

interface Options {
  sizes: number[];
  candidates: CandidateId[];
  loadBudgetMin: number;
  measureBudgetMin: number;
  measureMs: number;
  /** A lookup with no answer after this long fails (the socket times out). */
  opTimeoutMs: number;
  isolationRounds: number;
  durabilityInserts: number;
  outDir: string;
  storeClasspath?: string | undefined;
  ferretdbBin?: string | undefined;
  pgBin: string;
  heap: string;
  memoryHeap: string;
  cacheMb?: number | undefined;
  keepData: boolean;
  /** Only rewrite store-comparison.md from this store-comparison.json (after a change of wording). */
  renderOnly?: string | undefined;
}

function positive(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new Error(`--${name} must be a positive number, got ${value}`);
  }
  return number;
}

function parseOptions(repoRoot: string): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,100000,1000000' },
      candidates: { type: 'string', default: CANDIDATE_IDS.join(',') },
      'load-budget-min': { type: 'string', default: '8' },
      'measure-budget-min': { type: 'string', default: '15' },
      'measure-ms': { type: 'string', default: '2000' },
      'op-timeout-ms': { type: 'string', default: '600000' },
      'isolation-rounds': { type: 'string', default: '3' },
      'durability-inserts': { type: 'string', default: '500' },
      'out-dir': { type: 'string', default: join(repoRoot, 'docs') },
      'store-classpath': { type: 'string' },
      'ferretdb-bin': { type: 'string' },
      'pg-bin': { type: 'string', default: '/usr/lib/postgresql/15/bin' },
      heap: { type: 'string', default: '-Xmx2g -Xms256m' },
      'memory-heap': { type: 'string', default: '-Xmx6g -Xms256m' },
      'cache-mb': { type: 'string' },
      'keep-data': { type: 'boolean', default: false },
      'render-only': { type: 'string' },
    },
    strict: true,
  });
  const candidates = values.candidates.split(',').map((id) => id.trim());
  for (const id of candidates) {
    if (!(CANDIDATE_IDS as readonly string[]).includes(id)) {
      throw new Error(`unknown candidate ${id}; known: ${CANDIDATE_IDS.join(', ')}`);
    }
  }
  return {
    sizes: values.sizes
      .split(',')
      .map((size) => positive('sizes', size.trim()))
      .sort((a, b) => a - b),
    candidates: candidates as CandidateId[],
    loadBudgetMin: positive('load-budget-min', values['load-budget-min']),
    measureBudgetMin: positive('measure-budget-min', values['measure-budget-min']),
    measureMs: positive('measure-ms', values['measure-ms']),
    opTimeoutMs: positive('op-timeout-ms', values['op-timeout-ms']),
    isolationRounds: positive('isolation-rounds', values['isolation-rounds']),
    durabilityInserts: positive('durability-inserts', values['durability-inserts']),
    outDir: resolve(values['out-dir']),
    storeClasspath: values['store-classpath'],
    ferretdbBin: values['ferretdb-bin'],
    pgBin: values['pg-bin'],
    heap: values.heap,
    memoryHeap: values['memory-heap'],
    cacheMb:
      values['cache-mb'] === undefined ? undefined : positive('cache-mb', values['cache-mb']),
    keepData: values['keep-data'],
    renderOnly: values['render-only'],
  };
}

/** Checks, at run time, the candidates that the registries here cannot provide. */
async function unavailableCandidates(): Promise<Report['notAvailable']> {
  const notes: Report['notAvailable'] = [];
  const artifact = 'de.bwaldvogel:mongo-java-server-postgresql-backend:1.47.0';
  const maven = await run(
    'mvn',
    ['-B', '-q', '-U', 'dependency:get', `-Dartifact=${artifact}`, '-Dtransitive=false'],
    { timeoutMs: 180_000, cwd: tmpdir() },
  );
  const mavenError = /Could not find artifact[^\n]*/.exec(maven.stdout + maven.stderr)?.[0];
  notes.push({
    name: 'mongo-java-server 1.47 with its PostgreSQL backend',
    reason:
      maven.code === 0
        ? `${artifact} resolved from Maven Central in this run, but this benchmark does not run it yet.`
        : `${artifact} is not on Maven Central (\`mvn dependency:get\`: "${mavenError ?? 'resolution failed'}"), so mongo-java-server is measured on its H2 and memory backends only.`,
  });
  notes.push({
    name: 'mongodb-memory-server (npm)',
    reason:
      'installs from npm, but downloads the real mongod binary from MongoDB’s download site when it first runs; ' +
      'this machine reaches only the package registries, so it cannot start here.',
  });
  const policy = await run('apt-cache', ['policy', 'mongodb-server', 'mongodb-org-server']);
  const candidate = /Candidate: (\S+)/.exec(policy.stdout)?.[1];
  notes.push({
    name: 'a MongoDB server from Debian',
    reason:
      candidate === undefined || candidate === '(none)'
        ? 'Debian packages no MongoDB server (`apt-cache policy mongodb-server mongodb-org-server`: no candidate).'
        : `apt-cache offers mongodb-server ${candidate}; not measured by this benchmark.`,
  });
  const documentdb = await run('apt-cache', ['search', '--names-only', 'documentdb']);
  notes.push({
    name: 'FerretDB 2.x',
    reason:
      documentdb.stdout.trim() === ''
        ? 'needs PostgreSQL with the DocumentDB extension, which Debian does not package (`apt-cache search --names-only documentdb`: nothing).'
        : `needs the DocumentDB PostgreSQL extension; apt-cache lists: ${documentdb.stdout.trim().split('\n').join('; ')} (not measured).`,
  });
  return notes;
}

async function tmpFilesystem(path: string): Promise<string> {
  const df = await run('df', ['-T', path]);
  const fields = df.stdout.trim().split('\n').pop()?.split(/\s+/) ?? [];
  return fields.length >= 7 ? `${fields[1]} (${fields[6]})` : 'unknown';
}

// ------------------------------------------------------------------ one candidate

/** Whether the store answers an update and a findOne within 30 s each. */
async function answers(url: string): Promise<boolean> {
  const client = new MongoClient(url, {
    directConnection: true,
    maxPoolSize: 1,
    serverSelectionTimeoutMS: 10_000,
    socketTimeoutMS: 30_000,
  });
  try {
    await client.connect();
    const probe = client.db('bench_health').collection<{ _id: string; n?: number }>('probe');
    await probe.updateOne({ _id: 'probe' }, { $inc: { n: 1 } }, { upsert: true });
    await probe.findOne({ _id: 'probe' });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

interface Measured {
  n: number;
  ops: Partial<Record<OpKey, OpStats>>;
}

/**
 * How long measuring `n` documents would take, from how each lookup's median grew between the two
 * sizes measured before (a power law through both, exponent between 0 and 1.2); null without two.
 */
function projectMeasuring(
  history: readonly Measured[],
  n: number,
  measureMs: number,
): {
  ms: number;
  slowest: OpKey;
  slowestMs: number;
  slowestBeforeMs: number;
  before: number;
} | null {
  const a = history[history.length - 2];
  const b = history[history.length - 1];
  if (a === undefined || b === undefined) {
    return null;
  }
  let total = 0;
  let slowest: OpKey = 'k';
  let slowestMs = -1;
  let slowestBeforeMs = 0;
  for (const key of Object.keys(OP_LABELS) as OpKey[]) {
    const low = a.ops[key]?.medianMs;
    const high = b.ops[key]?.medianMs;
    if (low === undefined || high === undefined || !(low > 0) || !(high > 0)) {
      continue;
    }
    const exponent = Math.min(1.2, Math.max(0, Math.log(high / low) / Math.log(b.n / a.n)));
    const projected = high * (n / b.n) ** exponent;
    total += (projected >= 1_000 ? 0 : 1_000) + Math.max(measureMs, 3 * projected);
    if (projected > slowestMs) {
      slowest = key;
      slowestMs = projected;
      slowestBeforeMs = high;
    }
  }
  return { ms: total, slowest, slowestMs, slowestBeforeMs, before: b.n };
}

async function measureSizes(
  instance: Instance,
  dataDir: string,
  options: Options,
  result: CandidateResult,
  save: () => void,
): Promise<void> {
  const client = new MongoClient(instance.url, {
    directConnection: true,
    maxPoolSize: 1,
    serverSelectionTimeoutMS: 10_000,
    socketTimeoutMS: options.opTimeoutMs,
  });
  await client.connect();
  const db = client.db('bench_lookups');
  const budgetMs = options.loadBudgetMin * 60_000;
  let rate: { docsPerSec: number; at: number } | null = null;
  const history: Measured[] = [];
  let stoppedBecause: string | null = null;
  try {
    for (const n of options.sizes) {
      const size: SizeResult = { docs: n, status: 'not measured' };
      if (stoppedBecause !== null) {
        size.note = `not measured: ${stoppedBecause}`;
        result.sizes.push(size);
        continue;
      }
      result.sizes.push(size);
      if (rate !== null && (n / rate.docsPerSec) * 1000 > budgetMs) {
        const projected = (n / rate.docsPerSec) * 1000;
        size.note =
          `not measured: loading ${count(n)} documents would take ~${(projected / 60_000).toFixed(1)} min ` +
          `at ${count(rate.docsPerSec)} docs/s (measured loading ${count(rate.at)}; budget ${options.loadBudgetMin} min)`;
        log(`${result.id} ${count(n)}: ${size.note}`);
        save();
        continue;
      }
      const projection = projectMeasuring(history, n, options.measureMs);
      if (projection !== null && projection.ms > options.measureBudgetMin * 60_000) {
        const seconds = (value: number): string =>
          value >= 10_000 ? `${(value / 1000).toFixed(0)} s` : `${(value / 1000).toFixed(1)} s`;
        size.note =
          `not measured: at ${count(projection.before)} documents ${OP_LABELS[projection.slowest]} ` +
          `took ${seconds(projection.slowestBeforeMs)} and grows with the collection ` +
          `(~${seconds(projection.slowestMs)} projected at ${count(n)}); measuring every lookup ` +
          `at least 3 times would take ~${(projection.ms / 60_000).toFixed(1)} min ` +
          `(budget ${options.measureBudgetMin} min)`;
        log(`${result.id} ${count(n)}: ${size.note}`);
        save();
        continue;
      }
      const server = instance.processes[0];
      try {
        const collection = db.collection<BenchDoc>(`docs_${n}`);
        await collection.drop().catch(() => undefined);
        await collection.createIndex({ k: 1 }, { unique: true });
        await collection.createIndex({ g: 1 });
        await collection.createIndex({ pending: 1 });
        log(`${result.id} ${count(n)}: loading`);
        const outcome = await load(collection, n, budgetMs, log);
        if (!outcome.loaded) {
          size.note = outcome.note;
          log(`${result.id} ${count(n)}: ${outcome.note}`);
          await collection.drop().catch(() => undefined);
          stoppedBecause = `${count(n)} documents could not be loaded within the budget`;
          save();
          continue;
        }
        size.load = outcome.stats;
        rate = { docsPerSec: outcome.stats.docsPerSec, at: n };
        log(
          `${result.id} ${count(n)}: loaded at ${count(outcome.stats.docsPerSec)} docs/s; measuring`,
        );
        const warmUpMs = history.length === 0 ? 3_000 : 1_000;
        size.ops = await measureLookups(collection, n, options.measureMs, warmUpMs, log);
        size.status = 'measured';
        history.push({ n, ops: size.ops });
        size.serverRssMb = server ? rssMb(server.pid) : null;
        size.dataDirMb = Math.round(directoryBytes(dataDir) / 1024 / 1024);
        await collection.drop().catch(() => undefined);
      } catch (error) {
        size.status = 'failed';
        const died = server !== undefined && !isRunning(server);
        size.note = died
          ? `failed: the server exited (${JSON.stringify(server.exit)}): ${tail(server.logPath, 5)}`
          : `failed: ${message(error)}`;
        log(`${result.id} ${count(n)}: ${size.note}`);
        if (died) {
          stoppedBecause = 'the server had exited at a smaller size';
        }
        save();
      }
      save();
    }
  } finally {
    await client.close().catch(() => undefined);
  }
}

async function runCandidate(
  candidate: Candidate,
  options: Options,
  workDir: string,
  result: CandidateResult,
  save: () => void,
): Promise<void> {
  const dataDir = join(workDir, candidate.id);
  const logDir = join(dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  chmodSync(dataDir, 0o711);
  let instance: Instance | null = null;
  const phase = async (name: string, body: (current: Instance) => Promise<void>): Promise<void> => {
    if (instance === null) {
      result.errors.push(`${name}: not run, the store is not running`);
      return;
    }
    try {
      await body(instance);
    } catch (error) {
      const server = instance?.processes.find((proc) => !isRunning(proc));
      const detail =
        server !== undefined
          ? `${server.label} exited (${JSON.stringify(server.exit)}): ${tail(server.logPath, 5)}`
          : message(error);
      result.errors.push(`${name}: ${detail}`);
      log(`${candidate.id}: ${name} failed: ${detail}`);
    }
    // a store that crashed or stopped answering is restarted on its data, for the phases after
    const current: Instance | null = instance;
    if (current !== null && !(current.processes.every(isRunning) && (await answers(current.url)))) {
      const problem = current.processes.every(isRunning)
        ? 'stopped answering (no reply to an update or a findOne within 30 s)'
        : 'had exited';
      result.errors.push(`after ${name}: the store ${problem}; killed and restarted on its data`);
      log(`${candidate.id}: after ${name} the store ${problem}; restarting it`);
      await current.kill9();
      instance = null;
      try {
        instance = await candidate.start(dataDir, logDir);
      } catch (error) {
        result.errors.push(`restart after ${name}: ${message(error)}`);
      }
    }
    save();
  };
  try {
    const started = performance.now();
    instance = await candidate.start(dataDir, logDir);
    result.startupMs = Math.round(performance.now() - started);
    log(`${candidate.id}: up at ${instance.url} in ${result.startupMs} ms`);
    result.serverVersion = await buildInfoVersion(instance.url).catch((error: unknown) =>
      message(error),
    );

    await phase('isolation', async (current) => {
      result.isolation = await isolation(current.url, options.isolationRounds);
      log(`${candidate.id}: isolation ${JSON.stringify(result.isolation.rounds)}`);
    });

    await phase('features', async (current) => {
      result.features = await features(current.url);
      const failed = result.features.filter((feature) => !feature.ok);
      log(
        `${candidate.id}: features ${result.features.length - failed.length}/${result.features.length} ok` +
          failed.map((feature) => `\n    ${feature.name}: ${feature.detail}`).join(''),
      );
    });

    await phase('durability', async (current) => {
      const insertMs = await insertAcknowledged(current.url, options.durabilityInserts);
      // kill -9 right after the last acknowledgement
      const killed = current.processes.map((proc) => `${proc.label} (pid ${proc.pid})`);
      await current.kill9();
      instance = null;
      const restarted = performance.now();
      instance = await candidate.start(dataDir, logDir);
      const restartMs = Math.round(performance.now() - restarted);
      const survivors = await countSurvivors(instance.url);
      result.durability = {
        inserted: options.durabilityInserts,
        insertMs,
        killed,
        restartMs,
        survived: survivors.survived,
        indexedLookupFound: survivors.found,
        indexedLookupExpected: survivors.expected,
      };
      log(`${candidate.id}: durability ${JSON.stringify(result.durability)}`);
    });

    await phase('lookups', (current) => measureSizes(current, dataDir, options, result, save));
  } catch (error) {
    result.errors.push(`start: ${message(error)}`);
    log(`${candidate.id}: could not start: ${message(error)}`);
  } finally {
    const current: Instance | null = instance;
    if (current !== null) {
      await current
        .stop()
        .catch((error: unknown) => log(`${candidate.id}: stop: ${message(error)}`));
    }
    if (!options.keepData) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

// ------------------------------------------------------------------ main

/** The files live in the repository: written as `npm run format:check` expects them. */
async function writeFormatted(outDir: string, report: Report, withJson: boolean): Promise<void> {
  const files: [string, string, 'json' | 'markdown'][] = [
    ['store-comparison.md', renderMarkdown(report), 'markdown'],
  ];
  if (withJson) {
    files.push(['store-comparison.json', JSON.stringify(report, null, 2), 'json']);
  }
  for (const [name, text, parser] of files) {
    const path = join(outDir, name);
    const config = (await resolveConfig(path)) ?? {};
    writeFileSync(path, await format(text, { ...config, parser }));
  }
}

async function main(): Promise<void> {
  const repoRoot = findRepoRoot();
  const options = parseOptions(repoRoot);
  if (options.renderOnly !== undefined) {
    const report = JSON.parse(readFileSync(options.renderOnly, 'utf8')) as Report;
    await writeFormatted(dirname(resolve(options.renderOnly)), report, false);
    log(`rewrote store-comparison.md beside ${options.renderOnly}`);
    return;
  }
  const workDir = mkdtempSync(join(tmpdir(), 'store-comparison-'));
  chmodSync(workDir, 0o711); // PostgreSQL runs as the postgres user inside it
  log(`work dir ${workDir}; results to ${options.outDir}`);

  let storeLibsDir: string;
  let storeClasspath: string;
  if (options.storeClasspath !== undefined) {
    storeClasspath = options.storeClasspath;
    storeLibsDir = storeClasspath.replace(/\/\*$/, '');
  } else {
    storeLibsDir = await buildStore(repoRoot, join(tmpdir(), 'store-comparison-cache'), log);
    storeClasspath = `${storeLibsDir}/*`;
  }
  if (!existsSync(storeLibsDir) || readdirSync(storeLibsDir).length === 0) {
    throw new Error(`no store jars in ${storeLibsDir}`);
  }
  const needsFerret = options.candidates.some((id) => id.startsWith('ferretdb'));
  const ferretdbBin = options.ferretdbBin ?? (needsFerret ? await ferretdbBinary(repoRoot) : '');
  const tools: Toolchain = {
    repoRoot,
    storeClasspath,
    storeLibsDir,
    ferretdbBin,
    pgBin: options.pgBin,
    heap: options.heap,
    memoryHeap: options.memoryHeap,
    cacheMb: options.cacheMb,
  };

  const report: Report = {
    generatedAt: new Date().toISOString(),
    rerun:
      'npm run bench:stores' +
      (process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''),
    machine: {
      nproc: availableParallelism(),
      memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      kernel: `${type()} ${release()}`,
      loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
      tmpFilesystem: await tmpFilesystem(workDir),
      note:
        'The run does not stop other processes on the machine; the load averages show how busy it was. ' +
        'All candidates ran one after another in the same run, on the same disk.',
    },
    versions: await toolVersions(tools),
    settings: {
      sizes: options.sizes,
      loadBudgetMin: options.loadBudgetMin,
      measureBudgetMin: options.measureBudgetMin,
      measureMs: options.measureMs,
      opTimeoutMs: options.opTimeoutMs,
      isolationRounds: options.isolationRounds,
      durabilityInserts: options.durabilityInserts,
      heap: options.heap,
      memoryHeap: options.memoryHeap,
      cacheMb: options.cacheMb,
    },
    notAvailable: await unavailableCandidates(),
    candidates: [],
  };
  mkdirSync(options.outDir, { recursive: true });
  const save = (): void => {
    writeFileSync(
      join(options.outDir, 'store-comparison.json'),
      JSON.stringify(report, null, 2) + '\n',
    );
    writeFileSync(join(options.outDir, 'store-comparison.md'), renderMarkdown(report));
  };

  for (const candidate of makeCandidates(tools).filter((c) => options.candidates.includes(c.id))) {
    log(`=== ${candidate.id}: ${candidate.title}`);
    const result: CandidateResult = {
      id: candidate.id,
      title: candidate.title,
      setup: candidate.setup,
      durableByDesign: candidate.durableByDesign,
      features: [],
      sizes: [],
      errors: [],
    };
    report.candidates.push(result);
    await runCandidate(candidate, options, workDir, result, save);
    save();
  }
  report.finishedAt = new Date().toISOString();
  report.machine.loadAverageAtEnd = loadavg().map((value) => Math.round(value * 100) / 100);
  await writeFormatted(options.outDir, report, true);
  if (!options.keepData) {
    rmSync(workDir, { recursive: true, force: true });
  }
  log(`wrote ${join(options.outDir, 'store-comparison.json')} and store-comparison.md`);
}

process.on('exit', killAllStartedSync);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`interrupted by ${signal}: stopping the stores this run started`);
    killAllStartedSync();
    process.exit(130);
  });
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  killAllStartedSync();
  process.exit(1);
});
