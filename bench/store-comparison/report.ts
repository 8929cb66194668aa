// Turns the raw results into docs/store-comparison.md: tables, one paragraph per candidate on what
// it lacks, and a recommendation computed from the three criteria (never written by hand).
import type { CandidateId } from './candidates';
import {
  count,
  DurabilityResult,
  FeatureResult,
  IsolationResult,
  OP_LABELS,
  OpKey,
  OpStats,
  SizeResult,
} from './measurements';

export interface CandidateResult {
  id: CandidateId;
  title: string;
  setup: string;
  durableByDesign: boolean;
  serverVersion?: string;
  startupMs?: number;
  isolation?: IsolationResult;
  features: FeatureResult[];
  durability?: DurabilityResult;
  sizes: SizeResult[];
  errors: string[];
}

export interface Report {
  generatedAt: string;
  finishedAt?: string;
  rerun: string;
  machine: {
    nproc: number;
    memoryGiB: number;
    cpuModel: string;
    kernel: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
    tmpFilesystem: string;
    note: string;
  };
  versions: Record<string, string>;
  settings: {
    sizes: number[];
    loadBudgetMin: number;
    measureBudgetMin: number;
    measureMs: number;
    opTimeoutMs: number;
    isolationRounds: number;
    durabilityInserts: number;
    heap: string;
    memoryHeap: string;
    /** StoreMain's --cache-mb for the H2 candidates (absent: its default, 256). */
    cacheMb?: number | undefined;
  };
  notAvailable: { name: string; reason: string }[];
  candidates: CandidateResult[];
}

/** The operations the lookup criterion covers: one document (or none) per lookup. */
export const CRITERION_OPS: readonly OpKey[] = ['k', 'id', 'claim'];

export interface Verdict {
  lookups: { met: boolean; text: string; ratios: Partial<Record<OpKey, number>> };
  isolation: { met: boolean; text: string };
  durability: { met: boolean; text: string };
  all: boolean;
}

function ms(value: number): string {
  if (!Number.isFinite(value)) {
    return '–';
  }
  if (value >= 10_000) {
    return `${(value / 1000).toFixed(1)} s`;
  }
  if (value >= 100) {
    return `${value.toFixed(0)} ms`;
  }
  if (value >= 10) {
    return `${value.toFixed(1)} ms`;
  }
  return `${value.toFixed(2)} ms`;
}

function times(ratio: number): string {
  return ratio >= 100 ? count(Math.round(ratio)) : ratio.toFixed(2);
}

function sizeLabel(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) {
    return `${n / 1_000_000}M`;
  }
  if (n >= 1_000 && n % 1_000 === 0) {
    return `${n / 1_000}k`;
  }
  return count(n);
}

function measured(candidate: CandidateResult, docs: number): SizeResult | undefined {
  return candidate.sizes.find((size) => size.docs === docs && size.status === 'measured');
}

export function verdict(candidate: CandidateResult, sizes: readonly number[]): Verdict {
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  const ratios: Partial<Record<OpKey, number>> = {};
  let lookups: Verdict['lookups'];
  const low = measured(candidate, smallest);
  const high = measured(candidate, largest);
  if (low?.ops === undefined || high?.ops === undefined) {
    const missing = candidate.sizes.find((size) => size.docs === largest);
    lookups = {
      met: false,
      ratios,
      text: `${sizeLabel(largest)} ${missing?.note ?? 'not measured'}`,
    };
  } else {
    const parts: string[] = [];
    let met = true;
    for (const key of CRITERION_OPS) {
      const a = low.ops[key];
      const b = high.ops[key];
      if (a === undefined || b === undefined) {
        met = false;
        continue;
      }
      const ratio = b.medianMs / a.medianMs;
      const meanRatio = b.meanMs / a.meanMs;
      ratios[key] = Math.round(ratio * 100) / 100;
      const clean = a.wrong + a.errors + b.wrong + b.errors === 0;
      met &&= ratio <= 2 && clean;
      parts.push(
        `${key === 'claim' ? 'claim' : key === 'id' ? '_id' : 'k'} ${ms(a.medianMs)} → ${ms(b.medianMs)} ` +
          `(×${times(ratio)}; mean ×${times(meanRatio)})` +
          (clean ? '' : ' with wrong answers or errors'),
      );
    }
    lookups = { met, ratios, text: parts.join('; ') };
  }

  let isolation: Verdict['isolation'];
  const iso = candidate.isolation;
  if (iso === undefined || iso.rounds.length === 0) {
    isolation = { met: false, text: 'not measured' };
  } else {
    const incs = iso.rounds.map((round) => round.incFinal ?? 'none');
    const conditional = iso.rounds.map((round) => round.conditionalWinners);
    const claims = iso.rounds.map((round) => round.claimWinners);
    const errors = iso.rounds.reduce(
      (sum, round) => sum + round.incErrors + round.conditionalErrors + round.claimErrors,
      0,
    );
    const met =
      errors === 0 &&
      iso.stopped === undefined &&
      iso.rounds.every(
        (round) =>
          round.incFinal === iso.incConcurrency &&
          round.conditionalWinners === 1 &&
          round.claimWinners === 1,
      );
    isolation = {
      met,
      text:
        `${iso.incConcurrency} × $inc → ${incs.join(', ')}; ` +
        `winners of ${iso.conditionalConcurrency} conditional updates: ${conditional.join(', ')}; ` +
        `of ${iso.claimConcurrency} claims: ${claims.join(', ')}` +
        (errors > 0 ? `; ${errors} errors (${iso.firstError ?? ''})` : '') +
        (iso.stopped !== undefined ? `; stopped in ${iso.stopped}` : ''),
    };
  }

  let durability: Verdict['durability'];
  const d = candidate.durability;
  if (d === undefined) {
    durability = { met: false, text: 'not measured' };
  } else {
    const met = d.survived === d.inserted && d.indexedLookupFound === d.indexedLookupExpected;
    durability = {
      met,
      text:
        `${d.survived} of ${d.inserted} acknowledged inserts survived` +
        (d.indexedLookupFound === d.indexedLookupExpected
          ? ''
          : `; the {g} index then found ${d.indexedLookupFound} of ${d.indexedLookupExpected}`),
    };
  }
  return { lookups, isolation, durability, all: lookups.met && isolation.met && durability.met };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function opCell(stats: OpStats | undefined, showDocs: boolean): string {
  if (stats === undefined) {
    return '–';
  }
  if (stats.ops === 0) {
    return `error: ${stats.firstError ?? 'no operation completed'}`;
  }
  // from the count and the time, so that a rate below 0.1/s does not print as 0
  const perSecond = stats.totalMs > 0 ? (stats.ops / stats.totalMs) * 1000 : stats.opsPerSec;
  const rate = perSecond >= 100 ? count(Math.round(perSecond)) : perSecond.toPrecision(2);
  let text = `${ms(stats.medianMs)} (${rate}/s)`;
  if (showDocs) {
    text += `, ${count(stats.docsPerOp)} docs`;
  }
  if (stats.wrong > 0) {
    text += ` **${stats.wrong} wrong**: ${stats.firstWrong ?? ''}`;
  }
  if (stats.errors > 0) {
    text += ` **${stats.errors} errors**: ${stats.firstError ?? ''}`;
  }
  return text;
}

const mark = (met: boolean): string => (met ? '**yes**' : 'no');

function lacks(candidate: CandidateResult, v: Verdict, report: Report): string {
  const sizes = report.settings.sizes;
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  const parts: string[] = [];
  const low = measured(candidate, smallest);
  const high = measured(candidate, largest);
  if (low?.ops !== undefined && high?.ops !== undefined) {
    const grows: string[] = [];
    for (const key of ['k', 'id', 'g', 'count', 'claim'] as const) {
      const a = low.ops[key];
      const b = high.ops[key];
      if (a === undefined || b === undefined || a.ops === 0 || b.ops === 0) {
        continue;
      }
      // find({g}) and its count grow with the group (1000× more documents per group): compare per document
      const perDoc = key === 'g' || key === 'count';
      const perDocA = perDoc ? a.medianMs / Math.max(1, a.docsPerOp) : a.medianMs;
      const perDocB = perDoc ? b.medianMs / Math.max(1, b.docsPerOp) : b.medianMs;
      const ratio = perDocB / perDocA;
      // per returned document, 1k's single document is mostly the round trip: only a clear growth counts
      if (ratio > (perDoc ? 5 : 2)) {
        const factor = ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1);
        grows.push(
          `${OP_LABELS[key]} ${ms(a.medianMs)} → ${ms(b.medianMs)}` +
            (key === 'g'
              ? ` (×${factor} per returned document)`
              : key === 'count'
                ? ` (×${factor} per counted document)`
                : ` (×${factor})`),
        );
      }
    }
    if (grows.length > 0) {
      parts.push(
        `From ${sizeLabel(smallest)} to ${sizeLabel(largest)} documents these costs grow past 2× (per document for find and count, 5×): ${grows.join('; ')}.`,
      );
    }
  } else {
    const missing = candidate.sizes.filter((size) => size.status !== 'measured');
    if (missing.length > 0) {
      parts.push(
        missing
          .map((size) => `At ${sizeLabel(size.docs)} documents: ${size.note ?? size.status}.`)
          .join(' '),
      );
    }
  }
  const wrong = candidate.sizes.flatMap((size) =>
    Object.entries(size.ops ?? {})
      .filter(([, stats]) => stats.wrong > 0)
      .map(
        ([key, stats]) =>
          `${OP_LABELS[key as OpKey]} at ${sizeLabel(size.docs)}: ${stats.firstWrong ?? ''}`,
      ),
  );
  if (wrong.length > 0) {
    parts.push(`Wrong answers: ${wrong.join('; ')}.`);
  }
  if (!v.isolation.met) {
    parts.push(`Isolation: ${v.isolation.text}.`);
  }
  if (!v.durability.met) {
    parts.push(`After kill -9: ${v.durability.text}.`);
  }
  const failed = candidate.features.filter((feature) => !feature.ok);
  if (failed.length > 0) {
    parts.push(
      `Features that failed: ${failed.map((feature) => `${feature.name} (${feature.detail})`).join('; ')}.`,
    );
  }
  if (candidate.errors.length > 0) {
    parts.push(`Errors during the run: ${candidate.errors.join('; ')}.`);
  }
  const notes = CANDIDATE_NOTES[candidate.id];
  if (parts.length === 0) {
    parts.push('Nothing measured here is missing.');
  }
  return `${parts.join(' ')}${notes ? ` ${notes}` : ''}`;
}

/** What the code says about each candidate, beside what the run measured. */
const CANDIDATE_NOTES: Partial<Record<CandidateId, string>> = {
  indexed:
    'By construction its non-unique indexes live in the JVM heap and are rebuilt from the ' +
    'documents when the store opens (the memory column shows the cost); every write command ' +
    'commits the MVStore before it is answered.',
  'stock-h2':
    'In mongo-java-server 1.47 a unique index serves only a filter that names exactly its fields, ' +
    'non-unique indexes are accepted but never used, and the H2 MVStore commits in the background ' +
    'about once a second, so the last second of acknowledged writes is lost on kill -9.',
  'stock-memory':
    'It keeps everything in the JVM heap: nothing survives a restart, and the heap bounds the data. ' +
    'It is a reference row, not a candidate for the default.',
  'ferretdb-sqlite':
    'FerretDB 1.x is the last line that runs on plain SQLite or PostgreSQL (2.x needs the DocumentDB ' +
    'PostgreSQL extension, which Debian does not package).',
  'ferretdb-postgresql':
    'FerretDB 1.x is the last line that runs on plain PostgreSQL (2.x needs the DocumentDB ' +
    'PostgreSQL extension, which Debian does not package).',
};

function recommendation(report: Report, verdicts: Map<CandidateId, Verdict>): string {
  const sizes = report.settings.sizes;
  const meeting = report.candidates.filter((candidate) => verdicts.get(candidate.id)?.all);
  const criteria =
    `indexed lookups within 2× of the ${sizeLabel(Math.min(...sizes))} figure at ` +
    `${sizeLabel(Math.max(...sizes))} documents (median of findOne({k}), findOne({_id}) and the ` +
    'outbox claim), atomic single-document updates, and no acknowledged write lost to kill -9';
  if (meeting.length === 0) {
    const summaries = report.candidates.map((candidate) => {
      const v = verdicts.get(candidate.id);
      if (v === undefined) {
        return '';
      }
      const met = [v.lookups.met, v.isolation.met, v.durability.met].filter(Boolean).length;
      const failed = [
        v.lookups.met ? null : `lookups: ${v.lookups.text}`,
        v.isolation.met ? null : `isolation: ${v.isolation.text}`,
        v.durability.met ? null : `kill -9: ${v.durability.text}`,
      ].filter((item): item is string => item !== null);
      return `${candidate.title} meets ${met} of 3 (fails ${failed.join('; ')})`;
    });
    return (
      `No candidate met all three criteria (${criteria}) in this run. ` +
      `${summaries.filter((line) => line !== '').join('. ')}.`
    );
  }
  const sentences = meeting.map((candidate) => {
    const v = verdicts.get(candidate.id);
    return v === undefined
      ? ''
      : `**${candidate.title}** meets all three: lookups ${v.lookups.text}; isolation: ${v.isolation.text}; ` +
          `kill -9: ${v.durability.text}.`;
  });
  const others = report.candidates
    .filter((candidate) => !verdicts.get(candidate.id)?.all)
    .map((candidate) => {
      const v = verdicts.get(candidate.id);
      const failed = [
        v?.lookups.met ? null : 'lookups',
        v?.isolation.met ? null : 'isolation',
        v?.durability.met ? null : 'kill -9',
      ].filter((item): item is string => item !== null);
      return `${candidate.title} (${failed.join(', ')})`;
    });
  const chosen = meeting.find((candidate) => candidate.id === 'indexed') ?? meeting[0];
  return (
    `The criteria: ${criteria}. ${sentences.join(' ')} ` +
    (others.length > 0 ? `It does not hold for: ${others.join('; ')}. ` : '') +
    (chosen ? `So the default is ${chosen.title}.` : '')
  );
}

export function renderMarkdown(report: Report): string {
  const sizes = report.settings.sizes;
  const verdicts = new Map<CandidateId, Verdict>();
  for (const candidate of report.candidates) {
    verdicts.set(candidate.id, verdict(candidate, sizes));
  }
  const lines: string[] = [];
  const push = (...more: string[]): void => {
    lines.push(...more);
  };
  const m = report.machine;
  push(
    '# Store comparison: the MongoDB-wire store for machines without Docker',
    '',
    `Generated by \`bench/store-comparison/compare-stores.ts\` (raw figures: \`docs/store-comparison.json\`). ` +
      `Started ${report.generatedAt}${report.finishedAt ? `, finished ${report.finishedAt}` : ''}. ` +
      'Every number below was measured in that one run; nothing is copied from elsewhere.',
    '',
    'Rerun (20–40 minutes; leave the machine otherwise quiet):',
    '',
    '```sh',
    report.rerun,
    '```',
    '',
    '## Machine',
    '',
    '| fact | value |',
    '| --- | --- |',
    `| nproc | ${m.nproc} |`,
    `| memory | ${m.memoryGiB} GiB |`,
    `| CPU | ${cell(m.cpuModel)} |`,
    `| kernel | ${cell(m.kernel)} |`,
    `| temp dir file system | ${cell(m.tmpFilesystem)} |`,
    `| load average at start / end | ${m.loadAverageAtStart.join(' ')} / ${m.loadAverageAtEnd?.join(' ') ?? '–'} |`,
    '',
    m.note +
      (Math.max(...m.loadAverageAtStart, ...(m.loadAverageAtEnd ?? [])) >= m.nproc
        ? ` The machine was busy during this run (load averages at or above its ${m.nproc} cores): ` +
          'lookups that take less than a millisecond are then dominated by scheduling, so a ratio ' +
          'of two such figures (the lookup criterion) is fragile; compare them with the ' +
          'candidates that share the same code path (indexed and stock-h2 read by _id and by a ' +
          'unique index alike).'
        : ''),
    '',
    '| component | version |',
    '| --- | --- |',
    ...Object.entries(report.versions).map(
      ([name, version]) => `| ${cell(name)} | ${cell(version)} |`,
    ),
    '',
    '## Method',
    '',
    `- Every candidate is started by the script on its own free port with a fresh temporary data directory, and stopped after. Candidates: ${report.candidates.map((c) => `\`${c.id}\``).join(', ')}.`,
    `- Sizes ${sizes.map(sizeLabel).join(', ')} documents of ~1 KB: unique \`k\`, \`g\` with 1,000 distinct values, \`pending: false\`, padding. Indexes {k:1} unique, {g:1}, {pending:1} are created first; the load is insertMany in batches of 1,000 over one connection. A size is not measured when the load rate measured so far says loading it would take longer than ${report.settings.loadBudgetMin} min, or when the lookups measured at the two sizes before grow so fast that measuring every lookup at least 3 times would take longer than ${report.settings.measureBudgetMin} min; the table then says so, with the figures the decision rests on.`,
    `- Each lookup runs over ONE connection for ~${report.settings.measureMs / 1000} s and at least 3 operations (a lookup unanswered after ${report.settings.opTimeoutMs / 60_000} min fails) after a warm-up (3 s at the first size measured, so that a JIT's warm-up does not flatter it, then 1 s; an operation slower than 1 s is not warmed up: the first one counts), with keys from a seeded random generator, and every answer is checked (a wrong document or count is reported as **wrong**). Cells give the median latency and operations per second. The lookup criterion is judged on the median (decided before the first run: robust to other processes' bursts on a shared machine); the ratio of the means is shown beside it.`,
    `- Isolation: a fresh collection and a pool of 60 connections; ${report.settings.isolationRounds} round(s) of 50 concurrent \`updateOne({_id}, {$inc: {n: 1}})\` (expect 50), 20 concurrent \`updateOne({_id, v: 0}, {$set: {v: 1}})\` (expect exactly 1 with modifiedCount 1) and 20 concurrent \`findOneAndUpdate({pending: true}, {$set: {pending: false}})\` on one pending document (the outbox claim; expect exactly 1 winner).`,
    `- Durability: ${report.settings.durabilityInserts} documents inserted one at a time, each acknowledged, then \`kill -9\` of the store's whole process group right after the last acknowledgement, a restart on the same data directory, a count, and a query on the non-unique {g} index against the documents that exist.`,
    `- JVM candidates run with \`${report.settings.heap}\` (the memory backend with \`${report.settings.memoryHeap}\`, since it holds every document in the heap); the H2 candidates keep an MVStore cache of ${report.settings.cacheMb ?? 256} MB${report.settings.cacheMb === undefined ? ' (StoreMain’s default, as infra.sh runs the store)' : ''}.`,
    '',
    '### How each candidate runs',
    '',
    ...report.candidates.map(
      (c) =>
        `- \`${c.id}\` — ${c.title}: \`${c.setup}\`. Reports server version ${c.serverVersion ?? 'unknown'}.`,
    ),
    '',
    '## The three criteria',
    '',
    `| candidate | indexed lookups ${sizeLabel(Math.min(...sizes))} → ${sizeLabel(Math.max(...sizes))} (median) | within 2× | isolation | atomic | kill -9 | durable | all three |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const candidate of report.candidates) {
    const v = verdicts.get(candidate.id);
    if (v === undefined) {
      continue;
    }
    push(
      `| ${candidate.id} | ${cell(v.lookups.text)} | ${mark(v.lookups.met)} | ${cell(v.isolation.text)} | ${mark(v.isolation.met)} | ${cell(v.durability.text)} | ${mark(v.durability.met)} | ${mark(v.all)} |`,
    );
  }
  push(
    '',
    '## Loading and lookups',
    '',
    '| candidate | docs | load | ' +
      (['k', 'id', 'g', 'count', 'claim'] as const).map((key) => OP_LABELS[key]).join(' | ') +
      ' | server RSS | data on disk |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const candidate of report.candidates) {
    for (const size of candidate.sizes) {
      const load =
        size.status === 'measured' && size.load
          ? `${count(size.load.docsPerSec)} docs/s`
          : (size.note ?? size.status);
      const ops = size.ops ?? {};
      push(
        `| ${candidate.id} | ${sizeLabel(size.docs)} | ${cell(load)} | ` +
          `${cell(size.status === 'measured' ? opCell(ops.k, false) : '–')} | ` +
          `${cell(size.status === 'measured' ? opCell(ops.id, false) : '–')} | ` +
          `${cell(size.status === 'measured' ? opCell(ops.g, true) : '–')} | ` +
          `${cell(size.status === 'measured' ? opCell(ops.count, false) : '–')} | ` +
          `${cell(size.status === 'measured' ? opCell(ops.claim, false) : '–')} | ` +
          `${size.serverRssMb != null ? `${count(size.serverRssMb)} MiB` : '–'} | ` +
          `${size.dataDirMb != null && candidate.id !== 'stock-memory' ? `${count(size.dataDirMb)} MiB` : '–'} |`,
      );
    }
  }
  push(
    '',
    'find({g}) returns every document of one group (1, 100 and 1,000 documents at 1k, 100k and 1M), so its cost grows with the answer; compare it per returned document. countDocuments({g}) is what the services call (the driver sends it as an aggregate with $match).',
    '',
    '## Durability details',
    '',
    '| candidate | acknowledged inserts | insert time | processes killed | restart | survived | {g} index after restart |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const candidate of report.candidates) {
    const d = candidate.durability;
    push(
      d === undefined
        ? `| ${candidate.id} | not measured | | | | | |`
        : `| ${candidate.id} | ${d.inserted} | ${count(d.insertMs)} ms | ${cell(d.killed.join(', '))} | ${count(d.restartMs)} ms | ${d.survived} | ${d.indexedLookupFound} of ${d.indexedLookupExpected} |`,
    );
  }
  const featureNames = [
    ...new Set(report.candidates.flatMap((candidate) => candidate.features.map((f) => f.name))),
  ];
  push(
    '',
    '## Features the services use',
    '',
    `| feature | ${report.candidates.map((c) => c.id).join(' | ')} |`,
    `| --- | ${report.candidates.map(() => '---').join(' | ')} |`,
  );
  const footnotes: string[] = [];
  for (const name of featureNames) {
    const cells = report.candidates.map((candidate) => {
      const feature = candidate.features.find((f) => f.name === name);
      if (feature === undefined) {
        return 'not run';
      }
      if (feature.ok) {
        return 'ok';
      }
      footnotes.push(`${candidate.id}, ${name}: ${feature.detail}`);
      return `**fails** [${footnotes.length}]`;
    });
    push(`| ${cell(name)} | ${cells.join(' | ')} |`);
  }
  if (footnotes.length > 0) {
    push('', ...footnotes.map((note, index) => `${index + 1}. ${cell(note)}`));
  }
  push('', '## What each candidate lacks', '');
  for (const candidate of report.candidates) {
    const v = verdicts.get(candidate.id);
    if (v !== undefined) {
      push(`**${candidate.title}** (\`${candidate.id}\`). ${lacks(candidate, v, report)}`, '');
    }
  }
  push('## Candidates that could not be measured here', '');
  for (const item of report.notAvailable) {
    push(`- **${item.name}**: ${item.reason}`);
  }
  push('', '## Recommendation', '', recommendation(report, verdicts), '');
  return lines.join('\n');
}
