// Child processes of the store comparison: every candidate runs in its own process group, so that
// `kill -9` reaches a server and all of its children (PostgreSQL's backends) at once, and so that the
// benchmark can stop exactly the processes it started, by id, when it ends or is interrupted.
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { processAlive } from '@libs/testing';

export interface Proc {
  readonly label: string;
  readonly child: ChildProcess;
  readonly pid: number;
  readonly logPath: string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>;
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
}

const started = new Set<Proc>();

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface LaunchOptions {
  uid?: number;
  gid?: number;
  cwd?: string;
}

/** Starts `command` as the leader of a new process group, stdout and stderr appended to `logPath`. */
export function launch(
  label: string,
  command: string,
  args: readonly string[],
  logPath: string,
  options: LaunchOptions = {},
): Proc {
  const log = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, {
      detached: true,
      stdio: ['ignore', log, log],
      uid: options.uid,
      gid: options.gid,
      cwd: options.cwd,
    });
  } finally {
    closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error(`${label}: could not start ${command}`);
  }
  let markExited: () => void = () => undefined;
  const exited = new Promise<void>((resolve) => {
    markExited = resolve;
  });
  const proc: Proc = { label, child, pid, logPath, exited, exit: null };
  child.once('exit', (code, signal) => {
    proc.exit = { code, signal };
    started.delete(proc);
    markExited();
  });
  child.once('error', () => {
    proc.exit ??= { code: null, signal: null };
    started.delete(proc);
    markExited();
  });
  started.add(proc);
  return proc;
}

export function isRunning(proc: Proc): boolean {
  return proc.exit === null;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every process below `pid` (Linux /proc), e.g. PostgreSQL's backends, which leave its process group. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(entry));
      children.set(parent, list);
    } catch {
      // exited meanwhile
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() ?? -1) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/**
 * SIGKILL to the process, its process group and every descendant at once; resolves when all of
 * them are gone.
 */
export async function kill9(proc: Proc): Promise<void> {
  const others = descendants(proc.pid);
  for (const target of [-proc.pid, ...others]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await proc.exited;
  const deadline = Date.now() + 15_000;
  while ((groupAlive(proc.pid) || others.some(processAlive)) && Date.now() < deadline) {
    await sleep(50);
  }
}

/** A polite stop (SIGTERM, or SIGINT for PostgreSQL's fast shutdown), SIGKILL after `timeoutMs`. */
export async function stop(
  proc: Proc,
  signal: NodeJS.Signals = 'SIGTERM',
  timeoutMs = 20_000,
): Promise<void> {
  if (!isRunning(proc)) {
    return;
  }
  try {
    process.kill(proc.pid, signal);
  } catch {
    // already gone
  }
  const stopped = await Promise.race([
    proc.exited.then(() => true),
    sleep(timeoutMs).then(() => false),
  ]);
  if (!stopped || groupAlive(proc.pid)) {
    await kill9(proc);
  }
}

/** Kills what this benchmark started and is still running (on an interruption or a crash). */
export function killAllStartedSync(): void {
  for (const proc of started) {
    for (const target of [-proc.pid, ...descendants(proc.pid)]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export function tail(path: string, lines = 15): string {
  if (!existsSync(path)) {
    return '';
  }
  return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

export function run(
  command: string,
  args: readonly string[],
  options: { timeoutMs?: number; cwd?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    if (command === '') {
      resolve({ code: 127, stdout: '', stderr: 'no command' });
      return;
    }
    execFile(
      command,
      args,
      { timeout: options.timeoutMs ?? 600_000, cwd: options.cwd, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Resident memory of a process in MiB (Linux /proc), or null when it is gone. */
export function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Bytes under a directory (files only, symlinks not followed). */
export function directoryBytes(path: string): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync(path);
  } catch {
    return 0;
  }
  for (const name of entries) {
    const full = join(path, name);
    try {
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat === undefined) {
        continue;
      }
      total += stat.isDirectory() ? directoryBytes(full) : stat.size;
    } catch {
      // a file removed while counting
    }
  }
  return total;
}
