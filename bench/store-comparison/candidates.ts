// The stores under comparison. Each candidate starts on a free port with the data directory it is
// given, and can be killed with SIGKILL and started again on the same directory.
import { createHash } from 'node:crypto';
import { chownSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';

import { freePort, isRunning, kill9, launch, Proc, run, sleep, stop, tail } from './processes';

export type CandidateId =
  'indexed' | 'stock-h2' | 'stock-memory' | 'ferretdb-sqlite' | 'ferretdb-postgresql';

export const CANDIDATE_IDS: readonly CandidateId[] = [
  'indexed',
  'stock-h2',
  'stock-memory',
  'ferretdb-sqlite',
  'ferretdb-postgresql',
];

export interface Instance {
  readonly url: string;
  /** The processes of this start; the first one is the MongoDB-wire server. */
  readonly processes: readonly Proc[];
  /** SIGKILL to every process of the store (server and database alike). */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export interface Candidate {
  readonly id: CandidateId;
  readonly title: string;
  /** How it is run: the command line in words, for the report. */
  readonly setup: string;
  readonly durableByDesign: boolean;
  start(dataDir: string, logDir: string): Promise<Instance>;
}

export interface Toolchain {
  repoRoot: string;
  storeClasspath: string;
  storeLibsDir: string;
  ferretdbBin: string;
  pgBin: string;
  heap: string;
  memoryHeap: string;
  /** StoreMain's --cache-mb for the H2 candidates; undefined keeps its default (256). */
  cacheMb?: number | undefined;
}

// ------------------------------------------------------------------ readiness

export async function waitForMongo(
  url: string,
  processes: readonly Proc[],
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    for (const proc of processes) {
      if (!isRunning(proc)) {
        throw new Error(
          `${proc.label} exited during start-up (${JSON.stringify(proc.exit)}):\n${tail(proc.logPath)}`,
        );
      }
    }
    const client = new MongoClient(url, {
      directConnection: true,
      serverSelectionTimeoutMS: 1_000,
      connectTimeoutMS: 1_000,
    });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    } finally {
      await client.close().catch(() => undefined);
    }
    await sleep(200);
  }
  throw new Error(`${url} not answering after ${timeoutMs} ms: ${lastError}`);
}

async function waitForPostgres(pgBin: string, port: number, proc: Proc): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (!isRunning(proc)) {
      throw new Error(`postgres exited during start-up:\n${tail(proc.logPath)}`);
    }
    const ready = await run(join(pgBin, 'pg_isready'), [
      '-q',
      '-h',
      '127.0.0.1',
      '-p',
      `${port}`,
      '-U',
      'bench',
      '-d',
      'postgres',
    ]);
    if (ready.code === 0) {
      return;
    }
    await sleep(200);
  }
  throw new Error(`postgres not ready on ${port}:\n${tail(proc.logPath)}`);
}

// ------------------------------------------------------------------ mongo-java-server (this repo's build)

function javaCandidate(
  id: 'indexed' | 'stock-h2' | 'stock-memory',
  title: string,
  durableByDesign: boolean,
  tools: Toolchain,
): Candidate {
  const heap = id === 'stock-memory' ? tools.memoryHeap : tools.heap;
  const jvm = [
    ...heap.split(/\s+/).filter((part) => part.length > 0),
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn',
  ];
  return {
    id,
    title,
    durableByDesign,
    setup:
      `java ${jvm.join(' ')} -cp <store libs>/* vn.chinhquyen.store.StoreMain --variant ${id}` +
      (id === 'stock-memory'
        ? ''
        : ' --file <dir>/store.mv.db' +
          (tools.cacheMb === undefined
            ? ' (--cache-mb 256, the default)'
            : ` --cache-mb ${tools.cacheMb}`)),
    async start(dataDir, logDir) {
      const port = await freePort();
      const args = [
        ...jvm,
        '-cp',
        tools.storeClasspath,
        'vn.chinhquyen.store.StoreMain',
        '--variant',
        id,
        '--host',
        '127.0.0.1',
        '--port',
        `${port}`,
        '--file',
        join(dataDir, 'store.mv.db'),
        ...(tools.cacheMb === undefined ? [] : ['--cache-mb', `${tools.cacheMb}`]),
      ];
      const proc = launch(id, 'java', args, join(logDir, `${id}.log`));
      const url = `mongodb://127.0.0.1:${port}`;
      await waitForMongo(url, [proc]);
      return {
        url,
        processes: [proc],
        kill9: () => kill9(proc),
        stop: () => stop(proc),
      };
    },
  };
}

// ------------------------------------------------------------------ FerretDB 1.24

function ferretdbArgs(port: number): string[] {
  return [
    `--listen-addr=127.0.0.1:${port}`,
    '--state-dir=-',
    '--debug-addr=-',
    '--telemetry=disable',
    '--log-level=warn',
  ];
}

function ferretdbSqlite(tools: Toolchain): Candidate {
  return {
    id: 'ferretdb-sqlite',
    title: 'FerretDB 1.24 on SQLite',
    durableByDesign: true,
    setup: 'ferretdb --handler=sqlite --sqlite-url=file:<dir>/ (the default SQLite settings)',
    async start(dataDir, logDir) {
      const port = await freePort();
      const sqliteDir = join(dataDir, 'sqlite');
      mkdirSync(sqliteDir, { recursive: true });
      const proc = launch(
        'ferretdb-sqlite',
        tools.ferretdbBin,
        ['--handler=sqlite', `--sqlite-url=file:${sqliteDir}/`, ...ferretdbArgs(port)],
        join(logDir, 'ferretdb-sqlite.log'),
      );
      const url = `mongodb://127.0.0.1:${port}`;
      await waitForMongo(url, [proc]);
      return { url, processes: [proc], kill9: () => kill9(proc), stop: () => stop(proc) };
    },
  };
}

interface UserIds {
  uid: number;
  gid: number;
}

function postgresUser(): UserIds {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const fields = line?.split(':');
  if (fields === undefined || fields.length < 4) {
    throw new Error('no postgres user in /etc/passwd (apt-get install postgresql-15)');
  }
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

function chownTree(path: string, user: UserIds): void {
  chownSync(path, user.uid, user.gid);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) {
      chownTree(full, user);
    } else {
      chownSync(full, user.uid, user.gid);
    }
  }
}

function ferretdbPostgresql(tools: Toolchain): Candidate {
  const postgresSettings = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=200',
    '-c',
    'shared_buffers=256MB',
  ];
  return {
    id: 'ferretdb-postgresql',
    title: "FerretDB 1.24 on Debian's PostgreSQL 15",
    durableByDesign: true,
    setup:
      'initdb -A trust -U bench (as postgres); postgres ' +
      postgresSettings.filter((part) => part !== '-c').join(' ') +
      ' (fsync and synchronous_commit at their defaults: on); ' +
      'ferretdb --handler=postgresql --postgresql-url=postgres://bench@127.0.0.1:<port>/postgres',
    async start(dataDir, logDir) {
      const user = postgresUser();
      const pgData = join(dataDir, 'pgdata');
      if (!existsSync(join(pgData, 'PG_VERSION'))) {
        mkdirSync(pgData, { recursive: true, mode: 0o700 });
        chownTree(pgData, user);
        const init = await run('runuser', [
          '-u',
          'postgres',
          '--',
          join(tools.pgBin, 'initdb'),
          '-D',
          pgData,
          '-U',
          'bench',
          '-A',
          'trust',
          '-E',
          'UTF8',
          '--locale=C',
        ]);
        if (init.code !== 0) {
          throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
        }
      }
      const pgPort = await freePort();
      // started directly as the postgres user (not through pg_ctl, which detaches it), so that the
      // postmaster and its backends share this process group and one kill -9 reaches them all
      const postgres = launch(
        'postgres',
        join(tools.pgBin, 'postgres'),
        ['-D', pgData, '-p', `${pgPort}`, '-k', pgData, ...postgresSettings],
        join(logDir, 'postgres.log'),
        { uid: user.uid, gid: user.gid, cwd: pgData },
      );
      await waitForPostgres(tools.pgBin, pgPort, postgres);
      const port = await freePort();
      const ferretdb = launch(
        'ferretdb-postgresql',
        tools.ferretdbBin,
        [
          '--handler=postgresql',
          `--postgresql-url=postgres://bench@127.0.0.1:${pgPort}/postgres`,
          ...ferretdbArgs(port),
        ],
        join(logDir, 'ferretdb-postgresql.log'),
      );
      const url = `mongodb://127.0.0.1:${port}`;
      try {
        await waitForMongo(url, [ferretdb, postgres]);
      } catch (error) {
        await kill9(ferretdb);
        await stop(postgres, 'SIGINT');
        throw error;
      }
      return {
        url,
        processes: [ferretdb, postgres],
        async kill9() {
          await Promise.all([kill9(ferretdb), kill9(postgres)]);
        },
        async stop() {
          await stop(ferretdb);
          await stop(postgres, 'SIGINT');
        },
      };
    },
  };
}

export function makeCandidates(tools: Toolchain): Candidate[] {
  return [
    javaCandidate(
      'indexed',
      'mongo-java-server 1.47 + H2, this repo’s indexed build (the default)',
      true,
      tools,
    ),
    javaCandidate('stock-h2', 'mongo-java-server 1.47, stock H2 backend', true, tools),
    javaCandidate(
      'stock-memory',
      'mongo-java-server 1.47, stock memory backend (reference)',
      false,
      tools,
    ),
    ferretdbSqlite(tools),
    ferretdbPostgresql(tools),
  ];
}

// ------------------------------------------------------------------ toolchain

/** Same idea as infra.sh's cache key: a hash of the store's pom.xml and sources. */
function storeSourcesHash(storeDir: string): string {
  const files: string[] = [];
  const walk = (relative: string): void => {
    const full = join(storeDir, relative);
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(child);
      } else {
        files.push(child);
      }
    }
  };
  walk('src');
  files.push('pom.xml');
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(storeDir, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds deploy/local/store into the benchmark's own cache (never into .local/, whose jars a running
 * store may be using) and returns the directory of its jars.
 */
export async function buildStore(
  repoRoot: string,
  cacheDir: string,
  log: (line: string) => void,
): Promise<string> {
  const storeDir = join(repoRoot, 'deploy', 'local', 'store');
  const hash = storeSourcesHash(storeDir);
  const target = join(cacheDir, `store-${hash}`);
  const libs = join(target, 'libs');
  if (existsSync(join(target, '.complete'))) {
    return libs;
  }
  log(`building deploy/local/store (sources ${hash}) with Maven into ${libs}`);
  const work = join(target, 'build');
  mkdirSync(work, { recursive: true });
  cpSync(join(storeDir, 'pom.xml'), join(work, 'pom.xml'));
  cpSync(join(storeDir, 'src'), join(work, 'src'), { recursive: true });
  const build = await run(
    'mvn',
    [
      '-B',
      '--no-transfer-progress',
      '-q',
      'package',
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${libs}`,
    ],
    { cwd: work },
  );
  if (build.code !== 0) {
    throw new Error(`maven could not build the store:\n${build.stdout}\n${build.stderr}`);
  }
  const jar = readdirSync(join(work, 'target')).find((name) =>
    /^embedded-store-.*\.jar$/.test(name),
  );
  if (jar === undefined) {
    throw new Error('maven built no embedded-store jar');
  }
  cpSync(join(work, 'target', jar), join(libs, jar));
  cpSync(join(work, 'pom.xml'), join(target, '.complete'));
  return libs;
}

export async function ferretdbBinary(repoRoot: string): Promise<string> {
  const result = await run('bash', [
    join(repoRoot, 'deploy', 'local', 'infra.sh'),
    'ferretdb-binary',
  ]);
  const path = result.stdout.trim().split('\n').pop() ?? '';
  if (result.code !== 0 || !existsSync(path)) {
    throw new Error(`infra.sh ferretdb-binary failed:\n${result.stderr.slice(-2000)}`);
  }
  return path;
}

/** Versions of everything measured, read from the binaries and jars themselves. */
export async function toolVersions(tools: Toolchain): Promise<Record<string, string>> {
  const versions: Record<string, string> = {};
  const jars = readdirSync(tools.storeLibsDir);
  const jarVersion = (prefix: string): string =>
    jars
      .find((name) => name.startsWith(prefix) && /^\d/.test(name.slice(prefix.length)))
      ?.slice(prefix.length)
      .replace(/\.jar$/, '') ?? 'unknown';
  versions['mongo-java-server'] = jarVersion('mongo-java-server-core-');
  versions.h2 = jarVersion('h2-');
  versions['embedded-store sources'] = storeSourcesHash(
    join(tools.repoRoot, 'deploy', 'local', 'store'),
  );
  const java = await run('java', ['-version']);
  versions.java = (java.stderr.split('\n')[0] ?? '').trim();
  if (tools.ferretdbBin !== '') {
    const ferret = await run(tools.ferretdbBin, ['--version']);
    versions.ferretdb = (/^version: (.*)$/m.exec(ferret.stdout)?.[1] ?? 'unknown').trim();
    const modules = await run('go', ['version', '-m', tools.ferretdbBin]);
    for (const module of ['modernc.org/sqlite', 'github.com/jackc/pgx/v5']) {
      const match = new RegExp(`\\s${module.replace(/[./]/g, '\\$&')}\\s+(\\S+)`).exec(
        modules.stdout,
      );
      versions[`ferretdb dependency ${module}`] = match?.[1] ?? 'unknown';
    }
    const goVersion = /^\S+: (go\S+)/.exec(modules.stdout)?.[1];
    versions['ferretdb built with'] = goVersion ?? 'unknown';
  }
  const postgres = await run(join(tools.pgBin, 'postgres'), ['--version']);
  versions.postgresql = postgres.stdout.trim();
  versions.node = process.version;
  const driver = JSON.parse(
    readFileSync(join(tools.repoRoot, 'node_modules', 'mongodb', 'package.json'), 'utf8'),
  ) as { version?: string };
  versions['mongodb driver (node)'] = driver.version ?? 'unknown';
  return versions;
}
