import { appendFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/**
 * Preloaded (`node -r`) into each service the benchmark starts; does nothing unless asked.
 * - BENCH_MEMORY_FILE: once a second, appends process.memoryUsage() as a JSON line, so the
 *   report can tell the V8 heap from native memory in the resident set.
 * - BENCH_PROFILE_FILE: samples the main thread's CPU from start to SIGTERM and writes
 *   `<BENCH_PROFILE_FILE>-<pid>.cpuprofile` before the service's own shutdown runs
 *   (`--cpu-prof` writes nothing when the process ends by a re-raised signal, as Nest's
 *   shutdown hooks end it).
 */
const memoryFile = process.env.BENCH_MEMORY_FILE;
if (memoryFile) {
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    appendFileSync(
      memoryFile,
      `${JSON.stringify({
        t: Date.now(),
        rss: usage.rss,
        heapTotal: usage.heapTotal,
        heapUsed: usage.heapUsed,
        external: usage.external,
        arrayBuffers: usage.arrayBuffers,
      })}\n`,
    );
  }, 1000);
  timer.unref();
}

const profileFile = process.env.BENCH_PROFILE_FILE;
if (profileFile) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  let written = false;
  const write = (): void => {
    if (written) {
      return;
    }
    written = true;
    // A same-thread inspector session answers synchronously.
    session.post('Profiler.stop', (error, result) => {
      if (!error) {
        writeFileSync(`${profileFile}-${process.pid}.cpuprofile`, JSON.stringify(result.profile));
      }
    });
  };
  process.prependListener('SIGTERM', write);
  process.prependListener('SIGINT', write);
  process.once('exit', write);
}
