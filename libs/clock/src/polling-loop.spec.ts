import { ManualTimer, PollingLoop, PollingLoopOptions } from './polling-loop';

function loopOf(
  pass: () => Promise<string>,
  options: Partial<PollingLoopOptions<string>> = {},
): { loop: PollingLoop<string>; timer: ManualTimer; errors: unknown[] } {
  const timer = new ManualTimer();
  const errors: unknown[] = [];
  const loop = new PollingLoop({
    pass,
    intervalMs: 1000,
    onError: (error) => errors.push(error),
    timer,
    ...options,
  });
  return { loop, timer, errors };
}

/** A pass the test finishes by hand. */
function gate(): { pass: () => Promise<string>; started: () => number; finish: () => void } {
  let started = 0;
  let release: (() => void) | undefined;
  return {
    pass: () => {
      started += 1;
      return new Promise<string>((resolve) => {
        release = () => resolve('done');
      });
    },
    started: () => started,
    finish: () => release?.(),
  };
}

describe('PollingLoop', () => {
  it('should run a pass every interval once started, and none before', async () => {
    let passes = 0;
    const { loop, timer } = loopOf(() => Promise.resolve(String((passes += 1))));
    await timer.advance(5000);
    expect(passes).toBe(0);

    loop.start();
    await timer.advance(999);
    expect(passes).toBe(0);
    await timer.advance(1);
    expect(passes).toBe(1);
    await timer.advance(2000);
    expect(passes).toBe(3);
  });

  it('should never start a second pass while one runs, and plan the next when it ends', async () => {
    const work = gate();
    const { loop, timer } = loopOf(work.pass);
    loop.start(0);
    await timer.advance(0);
    expect(work.started()).toBe(1);

    await timer.advance(10_000);
    expect(work.started()).toBe(1);
    expect(timer.plannedDelays()).toEqual([]);

    work.finish();
    await timer.advance(0);
    expect(timer.plannedDelays()).toEqual([1000]);
  });

  it('should run soon when woken, and run again right after a pass that a wake interrupted', async () => {
    const work = gate();
    const { loop, timer } = loopOf(work.pass);
    loop.start();
    loop.wake();
    await timer.advance(0);
    expect(work.started()).toBe(1);

    loop.wake(50);
    work.finish();
    await timer.advance(49);
    expect(work.started()).toBe(1);
    await timer.advance(1);
    expect(work.started()).toBe(2);
  });

  it('should not let a later wake postpone a sooner plan', async () => {
    let passes = 0;
    const { loop, timer } = loopOf(() => Promise.resolve(String((passes += 1))));
    loop.start(100);
    loop.wake(500);
    await timer.advance(100);
    expect(passes).toBe(1);
  });

  it('should report a failed pass and back off, doubling up to the cap, then recover', async () => {
    let failing = true;
    let passes = 0;
    const { loop, timer, errors } = loopOf(
      () => {
        passes += 1;
        return failing ? Promise.reject(new Error('store away')) : Promise.resolve('ok');
      },
      { maxBackoffMs: 4000 },
    );
    loop.start(0);
    await timer.advance(0);
    expect(timer.plannedDelays()).toEqual([1000]);
    await timer.advance(1000);
    expect(timer.plannedDelays()).toEqual([2000]);
    await timer.advance(2000);
    expect(timer.plannedDelays()).toEqual([4000]);
    await timer.advance(4000);
    expect(timer.plannedDelays()).toEqual([4000]);
    expect(errors).toHaveLength(4);

    failing = false;
    await timer.advance(4000);
    expect(passes).toBe(5);
    expect(timer.plannedDelays()).toEqual([1000]);
  });

  it('should take the wait after a pass from the pass result when asked', async () => {
    const results = ['more', 'idle'];
    const { loop, timer } = loopOf(() => Promise.resolve(results.shift() ?? 'idle'), {
      delayAfter: (result) => (result === 'more' ? 0 : 1000),
    });
    loop.start(0);
    await timer.advance(0);
    expect(results).toEqual([]);
    expect(timer.plannedDelays()).toEqual([1000]);
  });

  it('should wait for the pass in flight on stop and plan nothing after it', async () => {
    const work = gate();
    const { loop, timer } = loopOf(work.pass);
    loop.start(0);
    await timer.advance(0);
    let stopped = false;
    const stopping = loop.stop().then(() => {
      stopped = true;
    });
    await timer.advance(0);
    expect(stopped).toBe(false);
    expect(loop.stopped).toBe(true);

    work.finish();
    await stopping;
    loop.wake();
    expect(timer.plannedDelays()).toEqual([]);
  });

  it('should share a pass between concurrent runOnce calls and run none by timer at interval 0', async () => {
    const work = gate();
    const { loop, timer } = loopOf(work.pass, { intervalMs: 0 });
    loop.start();
    loop.wake();
    expect(timer.plannedDelays()).toEqual([]);

    const first = loop.runOnce();
    const second = loop.runOnce();
    expect(work.started()).toBe(1);
    work.finish();
    expect(await Promise.all([first, second])).toEqual(['done', 'done']);
  });
});
