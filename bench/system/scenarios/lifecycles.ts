import { deadlineIdFor } from '../../../services/deadline/src/tracking/domain/deadline';
import { invitationIdFor } from '../../../services/survey/src/invitations/domain/invitation';
import { BenchContext, sleep } from '../context';
import { birthDossierRequest } from '../fixtures';
import { JsonClient, JsonReply, LatencySummary, stringField, summarize } from '../http-client';
import { recordsUnderPrefix } from '../kafka-tools';
import { GrowingDocument, growingDocuments } from '../store-diagnostics';

/**
 * The counters that remember every fact they counted, largest first. Read after the run's
 * scan counts are taken: it reads these two (small) collections whole.
 */
export function counterDocuments(
  context: BenchContext,
  set: ServiceSet,
): Promise<GrowingDocument[]> {
  return growingDocuments(context.store, [
    { database: set.database('survey'), collection: 'satisfaction_index_rows', field: 'counted' },
    { database: set.database('correspondence'), collection: 'letter_counts', field: 'letterIds' },
  ]);
}
import { ServiceSet } from '../services';

/**
 * Full dossier lifecycles, open loop: a birth-registration dossier is received at the desk
 * (POST /v1/dossiers), processed (which registers the birth) and its result returned (two
 * POST …/status-changes). It is complete when the other services show every effect, read
 * straight from their databases by key (cheaper for the store than their HTTP APIs):
 * - correspondence: the congratulation letter `birth:<registrationId>` (letters, through the
 *   ordered index {communeCode, kind, createdAt});
 * - survey: the after-result invitation, counted in the satisfaction indexes
 *   (survey_invitations by its derived `_id`, issuedCounted: true);
 * - deadline: the deadline closed (deadlines by its derived `_id`, state: closed) and the
 *   return counted in the on-time figures (on_time_facts `returned:<deadlineId>`).
 */

const KIND = 'birth-congratulation';
/** Letters are looked for from a little before the previous poll: createdAt precedes the insert. */
const LETTER_OVERLAP_MS = 3000;
const CHUNK = 400;

interface Lifecycle {
  dossierId: string;
  deadlineId: string;
  invitationId: string;
  registrationId: string;
  startedAt: number;
  returnedAt?: number;
  letter: boolean;
  invitation: boolean;
  deadline: boolean;
  fact: boolean;
}

export interface EffectCounts {
  letters: number;
  invitations: number;
  deadlinesClosed: number;
  returnFacts: number;
}

/** Finds the effects of returned dossiers in the other services' databases. */
class CompletionTracker {
  private readonly byDossier = new Map<string, Lifecycle>();
  private readonly byRegistration = new Map<string, Lifecycle>();
  /** Letters seen before their lifecycle was known (the processed reply was still on its way). */
  private readonly earlyLetters = new Set<string>();
  /** Completion instants (ms) and lifecycle latencies (ms), in completion order. */
  readonly completions: number[] = [];
  readonly latencies: number[] = [];
  readonly effects: EffectCounts = {
    letters: 0,
    invitations: 0,
    deadlinesClosed: 0,
    returnFacts: 0,
  };
  private letterCursor = Date.now();
  private polling: Promise<void> | undefined;
  /** How long each poll took (ms): a slow poll would delay the completions it records. */
  readonly pollDurations: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  pollErrors = 0;
  lastPollError = '';

  constructor(
    private readonly context: BenchContext,
    private readonly set: ServiceSet,
  ) {}

  get pending(): number {
    return this.byDossier.size;
  }

  start(): void {
    this.timer = setInterval(() => {
      this.polling ??= this.poll().finally(() => {
        this.polling = undefined;
      });
    }, this.context.options.pollMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.polling;
  }

  add(dossierId: string, registrationId: string, startedAt: number): void {
    const lifecycle: Lifecycle = {
      dossierId,
      registrationId,
      deadlineId: deadlineIdFor('dossier', dossierId),
      invitationId: invitationIdFor(dossierId, null),
      startedAt,
      letter: false,
      invitation: false,
      deadline: false,
      fact: false,
    };
    this.byDossier.set(dossierId, lifecycle);
    this.byRegistration.set(registrationId, lifecycle);
    if (this.earlyLetters.delete(registrationId)) {
      lifecycle.letter = true;
      this.effects.letters += 1;
    }
  }

  returned(dossierId: string, at: number): void {
    const lifecycle = this.byDossier.get(dossierId);
    if (lifecycle) {
      lifecycle.returnedAt = at;
    }
  }

  /** A lifecycle whose HTTP part failed after it was added: not waited for. */
  abandon(dossierId: string): void {
    const lifecycle = this.byDossier.get(dossierId);
    if (lifecycle) {
      this.byDossier.delete(dossierId);
      this.byRegistration.delete(lifecycle.registrationId);
    }
  }

  private async poll(): Promise<void> {
    const started = performance.now();
    try {
      await this.pollLetters();
      const returned = [...this.byDossier.values()].filter((item) => item.returnedAt !== undefined);
      await this.pollByKey(
        returned.filter((item) => !item.invitation),
        this.set.database('survey'),
        'survey_invitations',
        (item) => item.invitationId,
        { issuedCounted: true },
        (item) => {
          item.invitation = true;
          this.effects.invitations += 1;
        },
      );
      await this.pollByKey(
        returned.filter((item) => !item.deadline),
        this.set.database('deadline'),
        'deadlines',
        (item) => item.deadlineId,
        { state: 'closed' },
        (item) => {
          item.deadline = true;
          this.effects.deadlinesClosed += 1;
        },
      );
      await this.pollByKey(
        returned.filter((item) => !item.fact),
        this.set.database('deadline'),
        'on_time_facts',
        (item) => `returned:${item.deadlineId}`,
        {},
        (item) => {
          item.fact = true;
          this.effects.returnFacts += 1;
        },
      );
      const now = Date.now();
      for (const item of returned) {
        if (item.letter && item.invitation && item.deadline && item.fact) {
          this.byDossier.delete(item.dossierId);
          this.byRegistration.delete(item.registrationId);
          this.completions.push(now);
          this.latencies.push(now - item.startedAt);
        }
      }
    } catch (error) {
      this.pollErrors += 1;
      this.lastPollError = error instanceof Error ? error.message : String(error);
    } finally {
      this.pollDurations.push(performance.now() - started);
    }
  }

  private async pollLetters(): Promise<void> {
    const since = new Date(this.letterCursor - LETTER_OVERLAP_MS);
    this.letterCursor = Date.now();
    const letters = await this.context.store
      .db(this.set.database('correspondence'))
      .collection<{ subjectKey: string }>('letters')
      .find(
        {
          communeCode: { $in: this.context.communes.map((commune) => commune.code) },
          kind: KIND,
          createdAt: { $gte: since },
        },
        { projection: { _id: 0, subjectKey: 1 } },
      )
      .toArray();
    for (const letter of letters) {
      const registrationId = letter.subjectKey.replace(/^birth:/, '');
      const lifecycle = this.byRegistration.get(registrationId);
      if (lifecycle) {
        if (!lifecycle.letter) {
          lifecycle.letter = true;
          this.effects.letters += 1;
        }
      } else if (this.earlyLetters.size < 100_000) {
        this.earlyLetters.add(registrationId);
      }
    }
  }

  private async pollByKey(
    items: Lifecycle[],
    database: string,
    collection: string,
    key: (item: Lifecycle) => string,
    condition: Record<string, unknown>,
    found: (item: Lifecycle) => void,
  ): Promise<void> {
    for (let index = 0; index < items.length; index += CHUNK) {
      const chunk = items.slice(index, index + CHUNK);
      const byKey = new Map(chunk.map((item) => [key(item), item]));
      const documents = await this.context.store
        .db(database)
        .collection<{ _id: string }>(collection)
        .find({ _id: { $in: [...byKey.keys()] }, ...condition }, { projection: { _id: 1 } })
        .toArray();
      for (const document of documents) {
        const item = byKey.get(document._id);
        if (item) {
          found(item);
        }
      }
    }
  }
}

export interface StepResult {
  rate: number;
  seconds: number;
  arrivals: number;
  refused: number;
  failed: number;
  failures: Record<string, number>;
  completed: number;
  /** Completions per second over the second half of the step. */
  completionsPerSecond: number;
  backlogAtHalf: number;
  backlogAtEnd: number;
  /** Lifecycles per second the backlog grew by over the second half. */
  backlogGrowthPerSecond: number;
  drainedMs: number | null;
  sustainable: boolean;
  lifecycleLatencyMs: LatencySummary;
  httpLatencyMs: Record<'receive' | 'processed' | 'returned', LatencySummary>;
  /** Checks on the measurement itself: the generator's lateness, the tracker's poll time. */
  generatorLateMsMax: number;
  trackerPollMs: LatencySummary;
}

export interface SustainedResult extends StepResult {
  /** Completions per second between the warm-up and the end of arrivals: the figure. */
  steadyCompletionsPerSecond: number;
  /** The same over the first and the second half of that window: a decline shows here. */
  steadyFirstHalfPerSecond: number;
  steadySecondHalfPerSecond: number;
  warmupSeconds: number;
  timeline: { t: number; arrivals: number; completed: number; backlog: number }[];
}

export interface LifecyclesResult {
  set: string;
  storedDossiersBefore: number;
  ramp: StepResult[];
  sustainableRate: number;
  sustained: SustainedResult;
  effects: EffectCounts;
  trackerPollErrors: number;
  lastTrackerPollError: string;
  /** Records each topic received over the whole scenario, per completed lifecycle. */
  kafkaRecordsPerLifecycle: Record<string, number>;
  /**
   * scrypt's N of the lookup-secret hashes intake stored for this run's dossiers (null: the
   * hash records no cost, so Node's default, 16384).
   */
  intakeSecretCost: number | null;
  /** The counters that remember every fact they counted, largest first, after the run. */
  growingDocuments: GrowingDocument[];
}

class HttpStepError extends Error {
  constructor(step: string, reply: JsonReply) {
    super(`${step}: HTTP ${reply.status}`);
    this.detail = JSON.stringify(reply.body).slice(0, 300);
  }
  readonly detail: string;
}

/** Drives lifecycles through intake's HTTP API at a target arrival rate. */
class LifecycleDriver {
  private sequence = 0;
  private readonly client: JsonClient;
  inFlight = 0;
  /** A dossier this driver had received, to read what intake stored. */
  lastDossierId: string | undefined;
  /** Failure reasons already logged with an example reply. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly context: BenchContext,
    private readonly set: ServiceSet,
    private readonly tracker: CompletionTracker,
  ) {
    this.client = new JsonClient({ authorization: context.officer }, 1024, 120_000);
  }

  close(): void {
    this.client.close();
  }

  async run(
    rate: number,
    seconds: number,
    onSecond?: (elapsed: number, arrivals: number) => void,
  ): Promise<{
    arrivals: number;
    refused: number;
    failed: number;
    failures: Record<string, number>;
    http: Record<'receive' | 'processed' | 'returned', number[]>;
    startedAt: number;
    lateMsMax: number;
  }> {
    const http = { receive: [] as number[], processed: [] as number[], returned: [] as number[] };
    const failures: Record<string, number> = {};
    const running = new Set<Promise<void>>();
    let arrivals = 0;
    let refused = 0;
    let failed = 0;
    const startedAt = Date.now();
    const total = Math.round(rate * seconds);
    let lastSecond = 0;
    let lateMsMax = 0;
    while (arrivals + refused < total) {
      const due = Math.min(total, Math.floor(((Date.now() - startedAt) / 1000) * rate) + 1);
      if (due - (arrivals + refused) > 1) {
        // arrivals this loop should have sent earlier: how late the generator is
        const scheduled = startedAt + ((arrivals + refused) / rate) * 1000;
        lateMsMax = Math.max(lateMsMax, Date.now() - scheduled);
      }
      while (arrivals + refused < due) {
        if (this.inFlight >= this.context.options.maxInFlight) {
          refused += 1;
          continue;
        }
        arrivals += 1;
        const task = this.one(http).catch((error: unknown) => {
          failed += 1;
          const reason = error instanceof Error ? error.message.slice(0, 100) : String(error);
          failures[reason] = (failures[reason] ?? 0) + 1;
          if (error instanceof HttpStepError && !this.reported.has(reason)) {
            this.reported.add(reason);
            this.context.log(`lifecycle failed: ${reason} ${error.detail}`);
          }
        });
        running.add(task);
        void task.finally(() => running.delete(task));
      }
      const elapsed = Math.floor((Date.now() - startedAt) / 1000);
      if (elapsed > lastSecond) {
        lastSecond = elapsed;
        onSecond?.(elapsed, arrivals);
      }
      await sleep(5);
    }
    await Promise.all(running);
    return { arrivals, refused, failed, failures, http, startedAt, lateMsMax };
  }

  private async one(http: Record<'receive' | 'processed' | 'returned', number[]>): Promise<void> {
    this.inFlight += 1;
    let dossierId: string | undefined;
    try {
      this.sequence += 1;
      const seed = this.sequence;
      const communes = this.context.communes;
      const commune = communes[seed % communes.length]?.code ?? '14797';
      const startedAt = Date.now();
      let at = performance.now();
      const received = await this.client.post(
        this.set.url('intake', '/v1/dossiers'),
        birthDossierRequest(seed, commune),
        { 'idempotency-key': `bench-${this.context.options.run}-${seed}-${startedAt}` },
      );
      http.receive.push(performance.now() - at);
      if (received.status !== 201) {
        throw new HttpStepError('receive', received);
      }
      dossierId = stringField(received.body, 'dossierId');
      this.lastDossierId = dossierId;
      const statusUrl = this.set.url('intake', `/v1/dossiers/${dossierId}/status-changes`);
      at = performance.now();
      const processed = await this.client.post(statusUrl, { to: 'processed' });
      http.processed.push(performance.now() - at);
      if (processed.status !== 200) {
        throw new HttpStepError('processed', processed);
      }
      this.tracker.add(
        dossierId,
        stringField(processed.body, 'civilStatusRegistrationId'),
        startedAt,
      );
      at = performance.now();
      const returned = await this.client.post(statusUrl, { to: 'result-returned' });
      http.returned.push(performance.now() - at);
      if (returned.status !== 200) {
        throw new HttpStepError('returned', returned);
      }
      this.tracker.returned(dossierId, Date.now());
    } catch (error) {
      if (dossierId) {
        this.tracker.abandon(dossierId);
      }
      throw error;
    } finally {
      this.inFlight -= 1;
    }
  }
}

async function step(
  context: BenchContext,
  driver: LifecycleDriver,
  tracker: CompletionTracker,
  rate: number,
  seconds: number,
  sustainedRun: boolean,
): Promise<SustainedResult> {
  const { options } = context;
  const completionsBefore = tracker.completions.length;
  const latenciesBefore = tracker.latencies.length;
  const pollsBefore = tracker.pollDurations.length;
  const timeline: SustainedResult['timeline'] = [];
  let backlogAtHalf = 0;
  const completedSince = (): number => tracker.completions.length - completionsBefore;
  const outcome = await driver.run(rate, seconds, (elapsed, arrivals) => {
    const backlog = tracker.pending + driver.inFlight;
    if (elapsed === Math.floor(seconds / 2)) {
      backlogAtHalf = backlog;
    }
    if (sustainedRun && (elapsed % 5 === 0 || seconds <= 60)) {
      timeline.push({ t: elapsed, arrivals, completed: completedSince(), backlog });
    }
  });
  const endedAt = Date.now();
  const backlogAtEnd = tracker.pending + driver.inFlight;
  const windowStart = outcome.startedAt + (seconds * 1000) / 2;
  const windowEnd = Math.max(endedAt, outcome.startedAt + seconds * 1000);
  const recent = tracker.completions.slice(completionsBefore);
  const inSecondHalf = recent.filter((at) => at >= windowStart && at <= windowEnd).length;
  const completionsPerSecond = inSecondHalf / ((windowEnd - windowStart) / 1000);
  const warmupSeconds = Math.min(30, seconds * 0.2);
  const steadyStart = outcome.startedAt + warmupSeconds * 1000;
  const inSteady = recent.filter((at) => at >= steadyStart && at <= windowEnd).length;
  const steadyCompletionsPerSecond = inSteady / ((windowEnd - steadyStart) / 1000);
  const steadyMiddle = (steadyStart + windowEnd) / 2;
  const halfSeconds = (windowEnd - steadyStart) / 2000;
  const steadyFirstHalfPerSecond =
    recent.filter((at) => at >= steadyStart && at < steadyMiddle).length / halfSeconds;
  const steadySecondHalfPerSecond =
    recent.filter((at) => at >= steadyMiddle && at <= windowEnd).length / halfSeconds;
  // drain: wait for the effects of every arrival
  const drainStart = Date.now();
  let drainedMs: number | null = null;
  while (Date.now() - drainStart < options.drainS * 1000) {
    if (tracker.pending === 0 && driver.inFlight === 0) {
      drainedMs = Date.now() - drainStart;
      break;
    }
    await sleep(100);
  }
  const backlogGrowthPerSecond = (backlogAtEnd - backlogAtHalf) / (seconds / 2);
  const failRatio = outcome.failed / Math.max(1, outcome.arrivals);
  // two lifecycles of slack: at low rates a window holds few completions
  const windowSeconds = (windowEnd - windowStart) / 1000;
  const sustainable =
    outcome.refused === 0 &&
    failRatio <= 0.01 &&
    inSecondHalf >= 0.9 * rate * windowSeconds - 2 &&
    backlogAtEnd - backlogAtHalf <= 0.1 * rate * (seconds / 2) + 2 &&
    drainedMs !== null;
  const round = (value: number): number => Math.round(value * 100) / 100;
  return {
    rate: round(rate),
    seconds,
    arrivals: outcome.arrivals,
    refused: outcome.refused,
    failed: outcome.failed,
    failures: outcome.failures,
    completed: completedSince(),
    completionsPerSecond: round(completionsPerSecond),
    backlogAtHalf,
    backlogAtEnd,
    backlogGrowthPerSecond: round(backlogGrowthPerSecond),
    drainedMs,
    sustainable,
    lifecycleLatencyMs: summarize(tracker.latencies.slice(latenciesBefore)),
    generatorLateMsMax: Math.round(outcome.lateMsMax),
    trackerPollMs: summarize(tracker.pollDurations.slice(pollsBefore)),
    httpLatencyMs: {
      receive: summarize(outcome.http.receive),
      processed: summarize(outcome.http.processed),
      returned: summarize(outcome.http.returned),
    },
    steadyCompletionsPerSecond: round(steadyCompletionsPerSecond),
    steadyFirstHalfPerSecond: round(steadyFirstHalfPerSecond),
    steadySecondHalfPerSecond: round(steadySecondHalfPerSecond),
    warmupSeconds,
    timeline,
  };
}

/**
 * Ramps the arrival rate (×factor per step, then bisection) to the highest rate at which the
 * backlog does not grow, then holds that rate for the sustained duration.
 */
export async function runLifecycles(
  context: BenchContext,
  set: ServiceSet,
  label: string,
): Promise<LifecyclesResult> {
  const { options } = context;
  const storedDossiersBefore = await context.store
    .db(set.database('intake'))
    .collection('dossiers')
    .estimatedDocumentCount();
  const recordsBefore = await recordsUnderPrefix(context.admin, set.topicPrefix);
  const tracker = new CompletionTracker(context, set);
  const driver = new LifecycleDriver(context, set, tracker);
  tracker.start();
  try {
    const ramp: StepResult[] = [];
    const tryRate = async (rate: number): Promise<boolean> => {
      context.sampler.enter(`${label}:ramp`);
      // at least 40 arrivals per step, so a step says something at low rates too
      const seconds = Math.min(120, Math.max(options.stepS, 40 / rate));
      const result = await step(context, driver, tracker, rate, seconds, false);
      const {
        timeline: _timeline,
        steadyCompletionsPerSecond: _steady,
        steadyFirstHalfPerSecond: _first,
        steadySecondHalfPerSecond: _second,
        warmupSeconds: _w,
        ...plain
      } = result;
      ramp.push(plain);
      context.log(
        `${label} ramp ${plain.rate}/s: ${plain.completionsPerSecond} completed/s, backlog ${plain.backlogAtHalf}→${plain.backlogAtEnd}, ` +
          `drained ${plain.drainedMs ?? 'no'} ms, failed ${plain.failed}, refused ${plain.refused}, latency p50 ${plain.lifecycleLatencyMs.p50} ms, ` +
          `generator late ≤ ${plain.generatorLateMsMax} ms, poll p50/max ${plain.trackerPollMs.p50}/${plain.trackerPollMs.max} ms: ${plain.sustainable ? 'sustainable' : 'NOT sustainable'}`,
      );
      return plain.sustainable;
    };
    // a warm-up at half the first rate, not counted: JIT, connection pools, the first
    // rows and counters of the day, so the first step is not judged on a cold system
    context.sampler.enter(`${label}:warm-up`);
    await step(context, driver, tracker, options.rampStart / 2, options.stepS, false);
    let low = 0;
    let high = 0;
    let rate = options.rampStart;
    while (rate <= options.rampMax) {
      if (await tryRate(rate)) {
        low = rate;
        rate *= options.rampFactor;
      } else {
        high = rate;
        break;
      }
    }
    if (low === 0) {
      // not even the first rate: look below it
      for (let lower = options.rampStart / 2; lower >= 0.5 && low === 0; lower /= 2) {
        if (await tryRate(lower)) {
          low = lower;
        } else {
          high = lower;
        }
      }
    }
    if (low > 0 && high > 0) {
      for (let round = 0; round < options.bisect; round += 1) {
        const middle = Math.sqrt(low * high);
        if (await tryRate(middle)) {
          low = middle;
        } else {
          high = middle;
        }
      }
    }
    const sustainableRate = Math.round((low > 0 ? low : 0.5) * 100) / 100;
    context.log(`${label}: sustained run at ${sustainableRate}/s for ${options.durationS} s`);
    context.sampler.enter(`${label}:sustained`);
    const sustained = await step(
      context,
      driver,
      tracker,
      sustainableRate,
      options.durationS,
      true,
    );
    context.sampler.enter('idle');
    context.log(
      `${label} sustained: ${sustained.steadyCompletionsPerSecond} lifecycles/s (offered ${sustainableRate}/s), ` +
        `latency p50 ${sustained.lifecycleLatencyMs.p50} ms p99 ${sustained.lifecycleLatencyMs.p99} ms, ` +
        `${sustained.sustainable ? 'sustained' : 'NOT sustained'}`,
    );
    const recordsAfter = await recordsUnderPrefix(context.admin, set.topicPrefix);
    const completed = Math.max(1, tracker.completions.length);
    const kafkaRecordsPerLifecycle: Record<string, number> = {};
    for (const [topic, count] of Object.entries(recordsAfter)) {
      const added = count - (recordsBefore[topic] ?? 0);
      if (added > 0) {
        kafkaRecordsPerLifecycle[topic] = Math.round((added / completed) * 100) / 100;
      }
    }
    const sampleDossier = await context.store
      .db(set.database('intake'))
      .collection<{ _id: string; secret?: { cost?: number } }>('dossiers')
      .findOne({ _id: driver.lastDossierId ?? '' }, { projection: { secret: 1 } });
    return {
      set: label,
      storedDossiersBefore,
      growingDocuments: [],
      kafkaRecordsPerLifecycle,
      intakeSecretCost: sampleDossier?.secret?.cost ?? null,
      ramp,
      sustainableRate,
      sustained,
      effects: { ...tracker.effects },
      trackerPollErrors: tracker.pollErrors,
      lastTrackerPollError: tracker.lastPollError,
    };
  } finally {
    await tracker.stop();
    driver.close();
  }
}
