import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Calibration } from './calibration';
import { MachineInfo } from './machine';
import { MemorySummary } from './memory-trace';
import { BenchOptions } from './options';
import { PipelineFigures } from './pipeline-sampler';
import { ProcessFigures } from './process-sampler';
import { ProfileSummary } from './profile';
import { BirthLetterResult } from './scenarios/birth-letter';
import { ConsumerRatioResult } from './scenarios/consumer-ratio';
import { HttpRatioResult } from './scenarios/http-ratio';
import { LifecyclesResult } from './scenarios/lifecycles';
import { OverdueResult } from './scenarios/overdue';
import { PreloadResult } from './scenarios/preload';
import { JvmHeap } from './store-diagnostics';

export interface BenchResults {
  benchmark: 'chinh-quyen-than-thien system benchmark';
  kind: 'full' | 'short';
  machine: MachineInfo;
  loadAverageAtEnd: number[];
  options: Omit<BenchOptions, 'kafkaBrokers' | 'kafka' | 'mongoUrl'> & { infrastructure: string };
  startedAt: string;
  finishedAt: string;
  calibration: Calibration;
  servicesStartMs: Record<string, number>;
  quiet: Record<string, unknown>;
  consumer?: ConsumerRatioResult;
  birthLetter?: BirthLetterResult;
  lifecyclesEmpty?: LifecyclesResult;
  httpRatio?: HttpRatioResult;
  preload?: PreloadResult;
  lifecyclesPreloaded?: LifecyclesResult;
  overdue?: OverdueResult;
  overdueVariant?: OverdueResult;
  processes: Record<string, Record<string, ProcessFigures>>;
  profiles: ProfileSummary[];
  memory: MemorySummary[];
  /** Per phase, the largest consumer lag and outbox backlog of each service. */
  pipeline: Record<string, PipelineFigures>;
  /** Per scenario, the filters that read a whole collection (embedded store only). */
  collectionScans: Record<string, Record<string, number>>;
  /** The store's live heap (after a full GC), at the start and after the preload. */
  storeHeap: Record<string, JvmHeap | undefined>;
  errors: { scenario: string; error: string }[];
  cleanup: string[];
}

export interface Figure {
  figure: string;
  target: string;
  measured: string;
  met: boolean | null;
}

const SERVICES = ['intake', 'deadline', 'correspondence', 'survey', 'feedback'];
/** Phases whose memory counts as "under that load". */
const LOAD_PHASES = /^(empty|preloaded|birth-letter|http:|overdue)/;

export function figures(results: BenchResults): Figure[] {
  const rows: Figure[] = [];
  const empty = results.lifecyclesEmpty;
  const preloaded = results.lifecyclesPreloaded;
  rows.push({
    figure: `Full dossier lifecycles per second, sustained ${results.options.durationS} s`,
    target: '≥ 100',
    measured: empty
      ? `${empty.sustained.steadyCompletionsPerSecond}/s (offered ${empty.sustainableRate}/s${empty.sustained.sustainable ? '' : ', backlog grew'})`
      : 'not run',
    met: empty
      ? empty.sustained.steadyCompletionsPerSecond >= 100 && empty.sustained.sustainable
      : null,
  });
  const ratio =
    empty && preloaded && empty.sustained.steadyCompletionsPerSecond > 0
      ? preloaded.sustained.steadyCompletionsPerSecond / empty.sustained.steadyCompletionsPerSecond
      : undefined;
  rows.push({
    figure: `The same with ${preloaded ? preloaded.storedDossiersBefore.toLocaleString('en') : '—'} dossiers stored, ÷ empty store`,
    target: '≥ 0.9 (1,000,000 stored)',
    measured:
      ratio !== undefined && preloaded
        ? `${ratio.toFixed(2)} (${preloaded.sustained.steadyCompletionsPerSecond}/s ÷ ${empty?.sustained.steadyCompletionsPerSecond}/s)`
        : 'not run',
    met:
      ratio !== undefined
        ? ratio >= 0.9 && (preloaded?.storedDossiersBefore ?? 0) >= 1_000_000
        : null,
  });
  const birth = results.birthLetter;
  rows.push({
    figure: `Birth registered → letter stored, at ${birth?.rate ?? 50} registrations/s`,
    target: 'p99 ≤ 1 s, none missing',
    measured: birth
      ? `p99 ${(birth.latencyMs.p99 / 1000).toFixed(2)} s (p50 ${(birth.latencyMs.p50 / 1000).toFixed(2)} s), ${birth.missing} missing of ${birth.registered}${birth.failed ? `, ${birth.failed} refused` : ''}`
      : 'not run',
    met: birth
      ? birth.latencyMs.p99 <= 1000 && birth.missing === 0 && birth.failed === 0 && birth.rate >= 50
      : null,
  });
  const http = results.httpRatio;
  rows.push({
    figure: "Intake's HTTP throughput for a dossier ÷ bare node:http + mongoose insert",
    target: '≥ 0.7',
    measured: http
      ? `${http.ratio.toFixed(3)} (${http.intakeDossier.perSecond}/s ÷ ${http.bare.perSecond}/s)`
      : 'not run',
    met: http ? http.ratio >= 0.7 : null,
  });
  const consumer = results.consumer;
  rows.push({
    figure: 'A consumer through libs/messaging ÷ a bare kafkajs consumer, same topic',
    target: '≥ 0.7',
    measured: consumer
      ? `${consumer.ratio.toFixed(3)} (${consumer.bestMessaging}/s ÷ ${consumer.bestBare}/s)`
      : 'not run',
    met: consumer ? consumer.ratio >= 0.7 : null,
  });
  const overdue = results.overdue;
  rows.push({
    figure: `Overdue event after its due instant, with ${overdue ? overdue.openDeadlines.toLocaleString('en') : '—'} open deadlines`,
    target: '≤ 5 s (1,000,000 open)',
    measured: overdue
      ? overdue.maxDelayMs !== null
        ? `max ${(overdue.maxDelayMs / 1000).toFixed(1)} s, p50 ${(overdue.delayMs.p50 / 1000).toFixed(1)} s (${overdue.samples.length} deadlines)`
        : `${overdue.missing} of ${overdue.samples.length} never came`
      : 'not run',
    met: overdue
      ? overdue.maxDelayMs !== null &&
        overdue.maxDelayMs <= 5000 &&
        overdue.openDeadlines >= 1_000_000
      : null,
  });
  const memory = serviceMemory(results);
  const worst = Object.entries(memory).sort((a, b) => b[1] - a[1]);
  rows.push({
    figure: 'Resident memory of each service under that load (max VmRSS)',
    target: '≤ 250 MB',
    measured:
      worst.length > 0
        ? worst.map(([name, mb]) => `${name} ${Math.round(mb)}`).join(', ') + ' MB'
        : 'not run',
    met: worst.length > 0 ? worst.every(([, mb]) => mb <= 250) : null,
  });
  return rows;
}

/** The largest VmRSS (MB) of each service over the load phases. */
export function serviceMemory(results: BenchResults): Record<string, number> {
  const memory: Record<string, number> = {};
  for (const [phase, processes] of Object.entries(results.processes)) {
    if (!LOAD_PHASES.test(phase)) {
      continue;
    }
    for (const service of SERVICES) {
      const figure = processes[service];
      if (figure) {
        memory[service] = Math.max(memory[service] ?? 0, figure.rssMaxMB);
      }
    }
  }
  return memory;
}

function table(headers: string[], rows: (string | number)[][]): string {
  const escape = (value: string | number): string => String(value).replace(/\|/g, '\\|');
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

function processTable(results: BenchResults): string {
  const rows: (string | number)[][] = [];
  for (const [phase, processes] of Object.entries(results.processes)) {
    if (phase === 'idle') {
      continue;
    }
    for (const [name, figure] of Object.entries(processes)) {
      rows.push([
        phase,
        name,
        figure.rssMaxMB,
        figure.rssAvgMB,
        figure.cpuAvgPct,
        figure.cpuMaxPct,
      ]);
    }
  }
  return table(['phase', 'process', 'RSS max MB', 'RSS avg MB', 'CPU avg %', 'CPU max %'], rows);
}

function lifecycleNotes(title: string, result: LifecyclesResult | undefined): string {
  if (!result) {
    return '';
  }
  const ramp = table(
    [
      'offered /s',
      'completed /s (2nd half)',
      'backlog ½→end',
      'drained ms',
      'failed',
      'sustainable',
    ],
    result.ramp.map((step) => [
      step.rate,
      step.completionsPerSecond,
      `${step.backlogAtHalf}→${step.backlogAtEnd}`,
      step.drainedMs ?? 'no',
      step.failed,
      step.sustainable ? 'yes' : 'no',
    ]),
  );
  const sustained = result.sustained;
  return [
    `### ${title}`,
    '',
    `Dossiers stored before the run: ${result.storedDossiersBefore.toLocaleString('en')}. Ramp (steps of at least ${result.ramp[0]?.seconds ?? '?'} s and 40 arrivals):`,
    '',
    ramp,
    '',
    `Sustained at ${result.sustainableRate}/s for ${sustained.seconds} s: ${sustained.steadyCompletionsPerSecond} lifecycles/s completed after a ${Math.round(sustained.warmupSeconds * 10) / 10} s warm-up ` +
      `(${sustained.completed} completed of ${sustained.arrivals}, ${sustained.failed} failed), backlog ${sustained.backlogAtHalf}→${sustained.backlogAtEnd}, ` +
      `drained in ${sustained.drainedMs ?? 'no'} ms. Lifecycle latency (receipt to every effect seen) p50 ${sustained.lifecycleLatencyMs.p50} ms, ` +
      `p99 ${sustained.lifecycleLatencyMs.p99} ms. HTTP p50/p99: receive ${sustained.httpLatencyMs.receive.p50}/${sustained.httpLatencyMs.receive.p99} ms, ` +
      `processed ${sustained.httpLatencyMs.processed.p50}/${sustained.httpLatencyMs.processed.p99} ms, returned ${sustained.httpLatencyMs.returned.p50}/${sustained.httpLatencyMs.returned.p99} ms. ` +
      `Completions per second in the first and the second half of the steady window: ${sustained.steadyFirstHalfPerSecond} and ${sustained.steadySecondHalfPerSecond}.`,
    '',
    result.growingDocuments.length > 0
      ? 'Counters that keep every fact they counted in one document (largest after the run): ' +
        result.growingDocuments
          .map(
            (document) => `${document.collection} \`${document.id}\` ${document.entries} entries`,
          )
          .join(', ') +
        '. Each new fact reads and rewrites the whole document (and checks the array for the fact), so these writes ' +
        'grow dearer as a month fills: at ~55 bytes an entry, the largest one here is rewritten at ' +
        `~${Math.round(((result.growingDocuments[0]?.entries ?? 0) * 55) / 1024)} KB per fact.`
      : '',
    '',
  ].join('\n');
}

export function markdown(results: BenchResults, notes: string): string {
  const machine = results.machine;
  const rows = figures(results).map((row) => [
    row.figure,
    row.target,
    row.measured,
    row.met === null ? '—' : row.met ? 'yes' : '**no**',
  ]);
  // The load average at the end counts the benchmark's own processes, so other work shows in
  // the load at the start and in the CPU of processes the benchmark did not start.
  const othersCpu = Math.max(
    0,
    ...Object.values(results.processes).map((phase) => phase['(others)']?.cpuAvgPct ?? 0),
  );
  const busy =
    machine.loadAverageAtStart[0] > machine.nproc || othersCpu > 50
      ? `; the machine was busy with other work (load average ${machine.loadAverageAtStart[0]} at the start, ` +
        `other processes up to ${Math.round(othersCpu)} % of a core in a phase), so the figures understate what it can do`
      : '';
  const heading =
    results.kind === 'full'
      ? `Full run (issue settings)${busy}. What limits each missed figure: docs/benchmark-misses.md (written for the run of 2026-12-01)`
      : `**Short development run** (${results.options.durationS} s sustained, ${results.options.preload.toLocaleString('en')} dossiers preloaded): not the issue's settings; figures are indicative only${busy}`;
  const parts = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (bench/run-bench.sh, bench/system/); a benchmark, never a timed test.',
    'Broker, store and the five services run on one machine, each service its own process.',
    '',
    `${heading}.`,
    '',
    '## Machine',
    '',
    table(
      [
        'date',
        'nproc',
        'CPU',
        'memory',
        'kernel',
        'node',
        'java',
        'commit',
        'load average at start → end',
      ],
      [
        [
          machine.date,
          machine.nproc,
          machine.cpuModel,
          `${machine.memoryGiB} GiB`,
          machine.kernel,
          machine.node,
          machine.java,
          `${machine.gitCommit}${machine.gitDirty ? ' (uncommitted changes)' : ''}`,
          `${machine.loadAverageAtStart.join(' ')} → ${results.loadAverageAtEnd.join(' ')}`,
        ],
      ],
    ),
    '',
    `Infrastructure: ${results.options.infrastructure}.`,
    '',
    '## Figures',
    '',
    table(['figure', 'target', 'measured', 'met?'], rows),
    '',
    results.errors.length > 0
      ? `Errors: ${results.errors.map((error) => `${error.scenario}: ${error.error}`).join('; ')}\n`
      : '',
    '## Scenarios',
    '',
    notes,
    '',
    lifecycleNotes('Lifecycles, empty store', results.lifecyclesEmpty),
    lifecycleNotes('Lifecycles, preloaded store', results.lifecyclesPreloaded),
    '## Processes (VmRSS and CPU from /proc, per phase)',
    '',
    processTable(results),
    '',
    '### Where work waited (largest consumer lag and outbox backlog per phase, sampled every 2 s)',
    '',
    table(
      ['phase', 'service', 'consumer lag max (records)', 'outbox backlog max (documents)'],
      Object.entries(results.pipeline).flatMap(([phase, figures]) =>
        Object.keys(figures.lagMax).map((service) => [
          phase,
          service,
          figures.lagMax[service] ?? 0,
          figures.outboxMax[service] ?? 0,
        ]),
      ),
    ),
    '',
    ...(results.memory.length > 0
      ? [
          '### Where the services’ memory is (their own process.memoryUsage(), at their largest RSS)',
          '',
          table(
            [
              'set-service',
              'RSS MB',
              'V8 heap total MB',
              'heap used MB',
              'outside the heap MB',
              'external MB',
              'heap used max MB',
            ],
            results.memory.map((entry) => [
              entry.service,
              entry.rssMaxMB,
              entry.heapTotalMB,
              entry.heapUsedMB,
              entry.outsideHeapMB,
              entry.externalMB,
              entry.heapUsedMaxMB,
            ]),
          ),
          '',
        ]
      : []),
    '## Raw results',
    '',
    '```json',
    JSON.stringify(results, null, 2),
    '```',
    '',
  ];
  return parts.join('\n');
}

export function writeReport(
  directory: string,
  results: BenchResults,
  notes: string,
): { markdown: string; json: string } {
  mkdirSync(directory, { recursive: true });
  const json = join(directory, 'benchmarks.json');
  const md = join(directory, 'benchmarks.md');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(md, markdown(results, notes));
  return { markdown: md, json };
}
