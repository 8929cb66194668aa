/**
 * Real time for background loops. Domain time is the Clock's; a loop waits on this one, and a
 * test swaps in a ManualTimer to run passes without waiting.
 */
export interface LoopTimer {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const REAL_TIMER: LoopTimer = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface PollingLoopOptions<T> {
  /** One pass of work; a rejection is reported to `onError` and backed off. */
  pass: () => Promise<T>;
  /** Wait between passes; 0 turns the timer off (passes then run only through `runOnce`). */
  intervalMs: number;
  /** Waits after consecutive failures double from `intervalMs` up to this; default: no growth. */
  maxBackoffMs?: number;
  /** The wait after a successful pass, when it is not `intervalMs` (e.g. more work is known). */
  delayAfter?: (result: T) => number;
  onError: (error: unknown) => void;
  timer?: LoopTimer;
}

/**
 * A background loop: one pass at a time, the next planned when the last ends (never piled up),
 * woken early on demand, backed off after failures, and stopped by awaiting the pass in flight.
 */
export class PollingLoop<T> {
  private readonly timer: LoopTimer;
  private handle: unknown;
  private plannedAt = Number.POSITIVE_INFINITY;
  private current: Promise<T> | undefined;
  private wokenAt = Number.POSITIVE_INFINITY;
  private failures = 0;
  private stopRequested = false;

  constructor(private readonly options: PollingLoopOptions<T>) {
    this.timer = options.timer ?? REAL_TIMER;
  }

  /** True once `stop` was called; long passes check it to end early. */
  get stopped(): boolean {
    return this.stopRequested;
  }

  get running(): boolean {
    return this.current !== undefined;
  }

  /** Plans the first pass (default: one interval from now). */
  start(delayMs = this.options.intervalMs): void {
    this.plan(delayMs);
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    this.timer.clearTimeout(this.handle);
    this.plannedAt = Number.POSITIVE_INFINITY;
    await this.current?.catch(() => undefined);
  }

  /**
   * Asks for a pass within `delayMs`. While a pass runs, the request waits for it to end, so a
   * wake during a pass is never lost; a later wake never postpones a sooner plan.
   */
  wake(delayMs = 0): void {
    if (this.current) {
      this.wokenAt = Math.min(this.wokenAt, this.timer.now() + delayMs);
    } else if (this.timer.now() + delayMs < this.plannedAt) {
      this.plan(delayMs);
    }
  }

  /** One pass now; a call during a pass shares it. Errors go to the caller, not `onError`. */
  runOnce(): Promise<T> {
    this.current ??= this.options.pass().finally(() => {
      this.current = undefined;
    });
    return this.current;
  }

  private plan(delayMs: number): void {
    if (this.stopRequested || this.options.intervalMs === 0) {
      return;
    }
    this.timer.clearTimeout(this.handle);
    this.plannedAt = this.timer.now() + delayMs;
    this.handle = this.timer.setTimeout(() => this.tick(), delayMs);
  }

  private tick(): void {
    this.plannedAt = Number.POSITIVE_INFINITY;
    this.runOnce().then(
      (result) => {
        this.failures = 0;
        const woken = Math.max(0, this.wokenAt - this.timer.now());
        this.wokenAt = Number.POSITIVE_INFINITY;
        const after = this.options.delayAfter?.(result) ?? this.options.intervalMs;
        this.plan(Math.min(after, woken));
      },
      (error: unknown) => {
        this.failures += 1;
        this.wokenAt = Number.POSITIVE_INFINITY;
        this.options.onError(error);
        const { intervalMs, maxBackoffMs = intervalMs } = this.options;
        this.plan(
          Math.min(intervalMs * 2 ** (this.failures - 1), Math.max(intervalMs, maxBackoffMs)),
        );
      },
    );
  }
}

/** A timer that only moves when told to; for tests of loops. */
export class ManualTimer implements LoopTimer {
  private time = 0;
  private nextHandle = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, delayMs: number): unknown {
    const handle = this.nextHandle++;
    this.pending.set(handle, { at: this.time + delayMs, callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** The delays still planned, from now. */
  plannedDelays(): number[] {
    return [...this.pending.values()].map(({ at }) => at - this.time).sort((a, b) => a - b);
  }

  /** Moves time on, firing what falls due in order and letting each pass settle. */
  async advance(milliseconds: number): Promise<void> {
    const end = this.time + milliseconds;
    for (let fired = 0; ; fired += 1) {
      if (fired > 10_000) {
        throw new Error('ManualTimer: a loop keeps planning at the same instant');
      }
      await settle();
      const due = [...this.pending.entries()]
        .filter(([, entry]) => entry.at <= end)
        .sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) {
        break;
      }
      this.pending.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
    await settle();
  }
}

/** Lets promise callbacks (a pass and what follows it) run. */
async function settle(): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
