import { BenchContext, sleep } from '../context';
import { birthRegistrationRequest } from '../fixtures';
import { JsonClient, LatencySummary, stringField, summarize } from '../http-client';
import { ServiceSet } from '../services';

/**
 * Births registered at the desk (POST /v1/birth-registrations) at a fixed arrival rate; for
 * each, the time from intake's 201 to the congratulation letter stored by correspondence.
 * Letters are found in correspondence's database through its ordered index
 * {communeCode, kind, createdAt}; the latency is the letter's stored `createdAt` (set as it
 * is written) minus the instant the 201 arrived, both from this machine's clock. The time
 * the poll saw it (an upper bound, within one poll interval) is reported too.
 */
export interface BirthLetterResult {
  rate: number;
  seconds: number;
  registered: number;
  failed: number;
  failures: Record<string, number>;
  lettersStored: number;
  missing: number;
  latencyMs: LatencySummary;
  detectedLatencyMs: LatencySummary;
  httpLatencyMs: LatencySummary;
  pollMs: number;
}

const POLL_MS = 200;
const OVERLAP_MS = 3000;

export async function runBirthLetter(
  context: BenchContext,
  set: ServiceSet,
): Promise<BirthLetterResult> {
  const { options } = context;
  const client = new JsonClient({ authorization: context.officer }, 512, 60_000);
  const answered = new Map<string, number>();
  const latencies: number[] = [];
  const detected: number[] = [];
  const http: number[] = [];
  const failures: Record<string, number> = {};
  const seen = new Map<string, number>();
  let failed = 0;
  let polling = true;
  const letters = context.store.db(set.database('correspondence')).collection<{
    subjectKey: string;
    createdAt: Date;
  }>('letters');
  const communeCodes = context.communes.map((commune) => commune.code);
  const poller = (async () => {
    let cursor = Date.now();
    while (polling) {
      const since = new Date(cursor - OVERLAP_MS);
      cursor = Date.now();
      try {
        const found = await letters
          .find(
            {
              communeCode: { $in: communeCodes },
              kind: 'birth-congratulation',
              createdAt: { $gte: since },
            },
            { projection: { _id: 0, subjectKey: 1, createdAt: 1 } },
          )
          .toArray();
        const now = Date.now();
        for (const letter of found) {
          const id = letter.subjectKey.replace(/^birth:/, '');
          if (!seen.has(id)) {
            seen.set(id, letter.createdAt.getTime());
            const at = answered.get(id);
            if (at !== undefined) {
              latencies.push(letter.createdAt.getTime() - at);
              detected.push(now - at);
            }
          }
        }
      } catch (error) {
        failures[`poll: ${error instanceof Error ? error.message : String(error)}`] = 1;
      }
      await sleep(POLL_MS);
    }
  })();

  context.sampler.enter('birth-letter');
  const started = Date.now();
  const total = Math.round(options.birthRate * options.birthS);
  const running: Promise<void>[] = [];
  let sent = 0;
  while (sent < total) {
    const due = Math.min(
      total,
      Math.floor(((Date.now() - started) / 1000) * options.birthRate) + 1,
    );
    while (sent < due) {
      sent += 1;
      const seed = 1_000_000 + sent;
      const commune = communeCodes[seed % communeCodes.length] ?? '14797';
      running.push(
        (async () => {
          const at = performance.now();
          try {
            const reply = await client.post(
              set.url('intake', '/v1/birth-registrations'),
              birthRegistrationRequest(seed, commune),
              { 'idempotency-key': `bench-birth-${options.run}-${seed}` },
            );
            const now = Date.now();
            http.push(performance.now() - at);
            if (reply.status !== 201) {
              throw new Error(`HTTP ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
            }
            const id = stringField(reply.body, 'registrationId');
            answered.set(id, now);
            const stored = seen.get(id);
            if (stored !== undefined) {
              // the letter was seen before the answer arrived
              latencies.push(stored - now);
              detected.push(0);
            }
          } catch (error) {
            failed += 1;
            const reason = error instanceof Error ? error.message.slice(0, 120) : String(error);
            failures[reason] = (failures[reason] ?? 0) + 1;
          }
        })(),
      );
    }
    await sleep(5);
  }
  await Promise.all(running);
  // wait for the stragglers, then count what never came
  const deadline = Date.now() + options.drainS * 1000;
  while (Date.now() < deadline && [...answered.keys()].some((id) => !seen.has(id))) {
    await sleep(250);
  }
  polling = false;
  await poller;
  context.sampler.enter('idle');
  client.close();
  const missing = [...answered.keys()].filter((id) => !seen.has(id)).length;
  const result: BirthLetterResult = {
    rate: options.birthRate,
    seconds: options.birthS,
    registered: answered.size,
    failed,
    failures,
    lettersStored: answered.size - missing,
    missing,
    latencyMs: summarize(latencies),
    detectedLatencyMs: summarize(detected),
    httpLatencyMs: summarize(http),
    pollMs: POLL_MS,
  };
  context.log(
    `birth → letter at ${result.rate}/s: ${result.registered} registered, ${result.missing} missing, ` +
      `p50 ${result.latencyMs.p50} ms p99 ${result.latencyMs.p99} ms max ${result.latencyMs.max} ms`,
  );
  return result;
}
