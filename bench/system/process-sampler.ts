import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;
const MACHINE = '(machine)';
/** CPU used on the machine by processes the benchmark did not start or watch. */
export const OTHERS = '(others)';

export interface ProcessFigures {
  samples: number;
  rssMaxMB: number;
  rssAvgMB: number;
  /** Share of one core, averaged over the phase (200 = both cores of a 2-core machine). */
  cpuAvgPct: number;
  cpuMaxPct: number;
}

interface Accumulator {
  samples: number;
  rssMax: number;
  rssSum: number;
  cpuTicks: number;
  cpuMaxPct: number;
  seconds: number;
}

interface Previous {
  ticks: number;
  at: number;
}

/** VmRSS in kB from /proc/<pid>/status, or undefined when the process is gone. */
export function residentKiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match?.[1] ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The whole machine's busy clock ticks (all cores): everything but idle and iowait. */
function machineBusyTicks(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    // user nice system idle iowait irq softirq steal (guest time is inside user)
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
    return total - idle;
  } catch {
    return undefined;
  }
}

/** utime + stime in clock ticks, with every child's thread included (it is one process). */
function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name may hold spaces and parentheses: fields start after the last ')'
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/**
 * Samples resident memory (VmRSS) and CPU of named processes every interval, per phase of
 * the benchmark, so the report can say what each service used under each load.
 */
export class ProcessSampler {
  private readonly pids = new Map<string, number>();
  private readonly previous = new Map<string, Previous>();
  private readonly phases = new Map<string, Map<string, Accumulator>>();
  private timer: NodeJS.Timeout | undefined;
  private phase = 'idle';
  private readonly listeners: ((phase: string) => void)[] = [];

  constructor(private readonly intervalMs: number) {}

  /** Called with every phase entered (other samplers follow the same phases). */
  onPhase(listener: (phase: string) => void): void {
    this.listeners.push(listener);
  }

  watch(pids: Record<string, number>): void {
    for (const [name, pid] of Object.entries(pids)) {
      if (this.pids.get(name) !== pid) {
        this.pids.set(name, pid);
        this.previous.delete(name);
      }
    }
  }

  forget(names: string[]): void {
    for (const name of names) {
      this.pids.delete(name);
      this.previous.delete(name);
    }
  }

  /** Later samples count towards this phase. */
  enter(phase: string): void {
    this.sample();
    this.phase = phase;
    for (const listener of this.listeners) {
      listener(phase);
    }
  }

  start(): void {
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }

  figures(): Record<string, Record<string, ProcessFigures>> {
    const result: Record<string, Record<string, ProcessFigures>> = {};
    for (const [phase, processes] of this.phases) {
      result[phase] = {};
      const machine = processes.get(MACHINE);
      if (machine && machine.seconds > 0) {
        const ours = [...processes.entries()]
          .filter(([name]) => name !== MACHINE)
          .reduce(
            (sum, [, value]) => sum + (value.seconds > 0 ? value.cpuTicks / value.seconds : 0),
            0,
          );
        const others = Math.max(0, machine.cpuTicks / machine.seconds - ours);
        result[phase][OTHERS] = {
          samples: machine.samples,
          rssMaxMB: 0,
          rssAvgMB: 0,
          cpuAvgPct: round((others / TICKS_PER_SECOND) * 100),
          cpuMaxPct: 0,
        };
      }
      for (const [name, value] of processes) {
        if (name === MACHINE) {
          continue;
        }
        result[phase][name] = {
          samples: value.samples,
          rssMaxMB: round(value.rssMax / 1024),
          rssAvgMB: round(value.rssSum / value.samples / 1024),
          cpuAvgPct:
            value.seconds > 0
              ? round((value.cpuTicks / TICKS_PER_SECOND / value.seconds) * 100)
              : 0,
          cpuMaxPct: round(value.cpuMaxPct),
        };
      }
    }
    return result;
  }

  private sample(): void {
    const now = Date.now();
    let phase = this.phases.get(this.phase);
    if (!phase) {
      phase = new Map();
      this.phases.set(this.phase, phase);
    }
    // the machine as a whole, and what the benchmark's processes did not account for
    // ('(others)': other people's work on a shared machine shows here)
    const busy = machineBusyTicks();
    if (busy !== undefined) {
      this.account(phase, MACHINE, 0, busy, now);
    }
    for (const [name, pid] of this.pids) {
      const rss = residentKiB(pid);
      const ticks = cpuTicks(pid);
      if (rss === undefined || ticks === undefined) {
        continue;
      }
      this.account(phase, name, rss, ticks, now);
    }
  }

  private account(
    phase: Map<string, Accumulator>,
    name: string,
    rss: number,
    ticks: number,
    now: number,
  ): void {
    let value = phase.get(name);
    if (!value) {
      value = { samples: 0, rssMax: 0, rssSum: 0, cpuTicks: 0, cpuMaxPct: 0, seconds: 0 };
      phase.set(name, value);
    }
    value.samples += 1;
    value.rssMax = Math.max(value.rssMax, rss);
    value.rssSum += rss;
    const before = this.previous.get(name);
    if (before && now > before.at) {
      const seconds = (now - before.at) / 1000;
      const used = ticks - before.ticks;
      value.cpuTicks += used;
      value.seconds += seconds;
      value.cpuMaxPct = Math.max(value.cpuMaxPct, (used / TICKS_PER_SECOND / seconds) * 100);
    }
    this.previous.set(name, { ticks, at: now });
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
