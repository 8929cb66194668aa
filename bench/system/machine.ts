import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

export interface MachineInfo {
  date: string;
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  kernel: string;
  node: string;
  java: string;
  gitCommit: string;
  gitDirty: boolean;
  /** 1, 5 and 15 minute load averages when the run started: a busy machine shows here. */
  loadAverageAtStart: number[];
}

function command(file: string, args: string[]): string {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const output = error as { stderr?: string; stdout?: string };
    return `${output.stdout ?? ''}${output.stderr ?? ''}`;
  }
}

export function describeMachine(): MachineInfo {
  const javaLine = command('bash', ['-c', 'java -version 2>&1 | head -1']).trim();
  return {
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: `${type()} ${release()}`,
    node: process.version,
    java: javaLine || 'unknown',
    gitCommit: command('git', ['rev-parse', '--short', 'HEAD']).trim() || 'unknown',
    gitDirty: command('git', ['status', '--porcelain']).trim().length > 0,
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}
