import { randomUUID } from 'node:crypto';

import { KafkaEnvironment, validateEnvironment } from '@libs/config';

export const SCENARIOS = [
  'consumer',
  'birth',
  'lifecycles',
  'http',
  'preload',
  'lifecycles-preloaded',
  'overdue',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** Every knob of a run; a short development run and the full run differ only in these. */
export interface BenchOptions {
  /** 'full' when the run has the durations and sizes, 'short' otherwise. */
  kind: 'full' | 'short';
  run: string;
  scenarios: ScenarioName[];
  kafkaBrokers: string[];
  /** The principal the benchmark and its services use (never written to the results). */
  kafka: KafkaEnvironment;
  mongoUrl: string;
  firstPort: number;
  outDir: string;
  /** Sustained lifecycle run, seconds (issue: 300). */
  durationS: number;
  /** Dossiers (and open deadlines) stored before the second lifecycle run (issue: 1,000,000). */
  preload: number;
  preloadBatch: number;
  /** One ramp step, seconds. */
  stepS: number;
  rampStart: number;
  rampFactor: number;
  rampMax: number;
  /** Bisection steps between the last sustainable and the first unsustainable rate. */
  bisect: number;
  /** Lifecycles at once, beyond which the driver counts arrivals as refused (overload). */
  maxInFlight: number;
  pollMs: number;
  /** Longest wait for the effects of the last arrivals after a step or run. */
  drainS: number;
  birthRate: number;
  birthS: number;
  httpS: number;
  httpClients: number;
  consumerEvents: number;
  consumerRounds: number;
  /** Also time the bare consumer with one piece of libs/messaging's work added at a time. */
  consumerDiagnostics: boolean;
  overdueSamples: number;
  overdueLeadS: number;
  overdueSpacingS: number;
  /** A second overdue measurement with this DEADLINE_SCAN_INTERVAL_MS; 0 skips it. */
  overdueVariantIntervalMs: number;
  rssSampleMs: number;
  profile: boolean;
  /** Each service appends process.memoryUsage() once a second (explains its VmRSS). */
  memoryTrace: boolean;
  keepData: boolean;
  /** Extra environment for every service, e.g. BENCH_SERVICE_ENV='DEADLINE_SCAN_INTERVAL_MS=1000'. */
  serviceEnv: Record<string, string>;
}

interface Defaults {
  durationS: number;
  preload: number;
  stepS: number;
  birthS: number;
  httpS: number;
  consumerEvents: number;
  drainS: number;
}

const FULL: Defaults = {
  durationS: 300,
  preload: 1_000_000,
  stepS: 30,
  birthS: 60,
  httpS: 20,
  consumerEvents: 200_000,
  drainS: 120,
};

const SHORT: Defaults = {
  durationS: 20,
  preload: 10_000,
  stepS: 8,
  birthS: 15,
  httpS: 8,
  consumerEvents: 20_000,
  drainS: 60,
};

/** `--duration-s=20` is BENCH_DURATION_S=20; `--short` picks the short defaults. */
function flagsAsEnvironment(argv: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const argument of argv) {
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(argument);
    if (!match?.[1]) {
      throw new Error(`unknown argument ${argument} (use --name=value, e.g. --duration-s=20)`);
    }
    const name = `BENCH_${match[1].toUpperCase().replace(/-/g, '_')}`;
    values[name] = match[2] ?? '1';
  }
  return values;
}

export function readOptions(
  argv: string[],
  environment: Record<string, string | undefined>,
): BenchOptions {
  const values: Record<string, string | undefined> = {
    ...environment,
    ...flagsAsEnvironment(argv),
  };
  const short = values.BENCH_SHORT === '1' || values.BENCH_SHORT === 'true';
  const defaults = short ? SHORT : FULL;
  const problems: string[] = [];
  const number = (name: string, fallback: number, minimum = 0): number => {
    const raw = values[`BENCH_${name}`];
    if (raw === undefined || raw === '') {
      return fallback;
    }
    const parsed = Number(raw.replace(/_/g, ''));
    if (!Number.isFinite(parsed) || parsed < minimum) {
      problems.push(`BENCH_${name}=${raw} must be a number ≥ ${minimum}`);
      return fallback;
    }
    return parsed;
  };
  const scenarioList = (values.BENCH_SCENARIOS ?? SCENARIOS.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = scenarioList.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    problems.push(
      `BENCH_SCENARIOS: unknown ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})`,
    );
  }
  const serviceEnv: Record<string, string> = {};
  for (const pair of (values.BENCH_SERVICE_ENV ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [name, ...rest] = pair.split('=');
    if (!name || rest.length === 0) {
      problems.push(`BENCH_SERVICE_ENV: ${pair} is not NAME=value`);
    } else {
      serviceEnv[name] = rest.join('=');
    }
  }
  const kafka = validateEnvironment(KafkaEnvironment, values);
  const options: BenchOptions = {
    kind: 'short',
    run: values.BENCH_RUN ?? randomUUID().slice(0, 6),
    scenarios: SCENARIOS.filter((name) => scenarioList.includes(name)),
    kafkaBrokers: kafka.KAFKA_BROKERS,
    kafka,
    mongoUrl: values.MONGO_URL ?? 'mongodb://127.0.0.1:27017',
    firstPort: number('FIRST_PORT', 4601, 1024),
    outDir: values.BENCH_OUT_DIR ?? 'docs',
    durationS: number('DURATION_S', defaults.durationS, 1),
    preload: Math.floor(number('PRELOAD', defaults.preload, 0)),
    preloadBatch: Math.floor(number('PRELOAD_BATCH', 1000, 1)),
    stepS: number('STEP_S', defaults.stepS, 2),
    rampStart: number('RAMP_START', 10, 0.1),
    rampFactor: number('RAMP_FACTOR', 1.5, 1.05),
    rampMax: number('RAMP_MAX', 400, 1),
    bisect: Math.floor(number('BISECT', 3, 0)),
    maxInFlight: Math.floor(number('MAX_IN_FLIGHT', 2000, 1)),
    pollMs: number('POLL_MS', 500, 50),
    drainS: number('DRAIN_S', defaults.drainS, 1),
    birthRate: number('BIRTH_RATE', 50, 0.1),
    birthS: number('BIRTH_S', defaults.birthS, 1),
    httpS: number('HTTP_S', defaults.httpS, 1),
    httpClients: Math.floor(number('HTTP_CLIENTS', 16, 1)),
    consumerEvents: Math.floor(number('CONSUMER_EVENTS', defaults.consumerEvents, 1)),
    consumerRounds: Math.floor(number('CONSUMER_ROUNDS', 3, 1)),
    consumerDiagnostics: values.BENCH_CONSUMER_DIAGNOSTICS !== '0',
    overdueSamples: Math.floor(number('OVERDUE_SAMPLES', 10, 1)),
    overdueLeadS: number('OVERDUE_LEAD_S', 5, 0),
    overdueSpacingS: number('OVERDUE_SPACING_S', 3.7, 0),
    overdueVariantIntervalMs: number('OVERDUE_VARIANT_INTERVAL_MS', 1000, 0),
    rssSampleMs: number('RSS_SAMPLE_MS', 1000, 100),
    profile: values.BENCH_PROFILE === '1' || values.BENCH_PROFILE === 'true',
    memoryTrace: values.BENCH_MEMORY_TRACE !== '0',
    keepData: values.BENCH_KEEP_DATA === '1' || values.BENCH_KEEP_DATA === 'true',
    serviceEnv,
  };
  if (!/^[A-Za-z0-9]{1,12}$/.test(options.run)) {
    problems.push(`BENCH_RUN=${options.run} must be 1–12 letters or digits`);
  }
  if (problems.length > 0) {
    throw new Error(`bad benchmark options:\n  ${problems.join('\n  ')}`);
  }
  const full =
    options.durationS >= FULL.durationS &&
    options.preload >= FULL.preload &&
    options.birthS >= FULL.birthS &&
    options.birthRate >= 50 &&
    options.httpS >= FULL.httpS &&
    options.scenarios.length === SCENARIOS.length;
  options.kind = full ? 'full' : 'short';
  return options;
}
