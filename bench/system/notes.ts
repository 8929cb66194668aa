import { BenchResults } from './report';

const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** CPU use of every sampled process in one phase, busiest first. */
function cpuLine(results: BenchResults, phase: string): string {
  const processes = results.processes[phase];
  if (!processes) {
    return '';
  }
  const entries = Object.entries(processes).sort((a, b) => b[1].cpuAvgPct - a[1].cpuAvgPct);
  const total = entries.reduce((sum, [, figure]) => sum + figure.cpuAvgPct, 0);
  return (
    `CPU during \`${phase}\` (% of one core, the machine has ${results.machine.nproc}; \`(others)\` is work the ` +
    'benchmark did not start): ' +
    entries.map(([name, figure]) => `${name} ${Math.round(figure.cpuAvgPct)}`).join(', ') +
    ` — ${Math.round(total)} in all.`
  );
}

/** The queues that grew in a phase: consumer lag and outbox backlog, largest first. */
function waitLine(results: BenchResults, phase: string): string {
  const figures = results.pipeline[phase];
  if (!figures) {
    return '';
  }
  const queues = [
    ...Object.entries(figures.lagMax).map(([service, lag]) => ({
      what: `${service}’s consumer lag`,
      size: lag,
      unit: 'records',
    })),
    ...Object.entries(figures.outboxMax).map(([service, outbox]) => ({
      what: `${service}’s outbox`,
      size: outbox,
      unit: 'documents',
    })),
  ]
    .filter((queue) => queue.size > 0)
    .sort((a, b) => b.size - a.size);
  return queues.length === 0
    ? `No queue held work in \`${phase}\` when sampled (every 2 s).`
    : `Largest queues in \`${phase}\`: ` +
        queues
          .slice(0, 4)
          .map((queue) => `${queue.what} ${queue.size} ${queue.unit}`)
          .join(', ') +
        '.';
}

/** CPU milliseconds each process spent per operation (lifecycle, request) in a phase, busiest first. */
function cpuPerOperation(
  results: BenchResults,
  phase: string,
  perSecond: number,
): { name: string; ms: number }[] {
  const processes = results.processes[phase];
  if (!processes || perSecond <= 0) {
    return [];
  }
  return Object.entries(processes)
    .map(([name, figure]) => ({ name, ms: round((figure.cpuAvgPct * 10) / perSecond) }))
    .sort((a, b) => b.ms - a.ms);
}

/**
 * The per-scenario notes of docs/benchmarks.md: how each figure is measured, and what the
 * numbers of this run say about what limits it.
 */
export function buildNotes(results: BenchResults): string {
  const parts: string[] = [];
  const { calibration } = results;

  parts.push(
    '### How it runs',
    '',
    '`bench/run-bench.sh` builds (services and the benchmark), starts Kafka and the embedded store with ' +
      '`deploy/local/infra.sh up` (reused when running), then `dist/bench/bench/system/main.js` starts the five ' +
      'compiled services as separate processes exactly as `deploy/local/run-system.sh` does, but with their own ports, ' +
      'databases (`bench_<run>_<set>_<service>`), topic prefix (`bench-<run>-<set>.`) and consumer groups, ' +
      '`NODE_ENV=production`, `LOG_LEVEL=warn` and `RATE_LIMIT_PER_MINUTE=100000` (the whole load comes from one client ' +
      'address; every other setting is the service default). Tokens come from libs/testing’s TestAuthority (an officer of ' +
      `${20} communes of Thanh Hóa, the load is spread over them). Set \`a\` starts on empty databases; set \`b\` starts after ` +
      'the preload. Between scenarios the benchmark waits until every consumer group has committed every record and no ' +
      'outbox holds an event. VmRSS and CPU of every process are read from `/proc/<pid>/status` and `/proc/<pid>/stat` ' +
      `every ${results.options.rssSampleMs} ms. Everything it created is dropped at the end (databases, topics, groups).`,
    '',
  );

  const empty = results.lifecyclesEmpty;
  parts.push(
    '### Lifecycles',
    '',
    'Open loop: arrivals at a fixed rate, each a birth-registration dossier received at the counter (POST /v1/dossiers), ' +
      'processed (POST …/status-changes, which registers the birth and publishes birth.registered.v1) and its result ' +
      'returned (POST …/status-changes, publishes dossier.result-returned.v1). A lifecycle is complete when the other ' +
      'services show every effect, read straight from their databases by key (cheaper for the store than their HTTP ' +
      'APIs, and never a collection scan): the congratulation letter in correspondence (ordered index ' +
      '{communeCode, kind, createdAt}), the survey invitation counted in the indexes (survey_invitations by its derived ' +
      '`_id`, issuedCounted), the deadline closed and the return counted in the on-time figures (deadlines and ' +
      `on_time_facts by their derived \`_id\`), polled every ${results.options.pollMs} ms. After an uncounted warm-up step at half the first rate, the rate is ramped ` +
      `(×${results.options.rampFactor} per ${results.options.stepS} s step, then ${results.options.bisect} bisection steps) to the ` +
      'highest rate at which the completions keep up (in the second half of a step: completions ≥ 90 % of the arrivals and ' +
      'the backlog grown by < 10 % of them, two lifecycles of slack each; drained afterwards; < 1 % failures; at least ' +
      '40 arrivals a step); that rate is then held for the sustained ' +
      'duration and the figure is the completions per second after the warm-up.',
    '',
  );
  if (empty) {
    parts.push(cpuLine(results, 'empty:sustained'), '', waitLine(results, 'empty:sustained'), '');
    const perLifecycle = cpuPerOperation(
      results,
      'empty:sustained',
      empty.sustained.steadyCompletionsPerSecond,
    );
    const services = perLifecycle.filter(
      (entry) => entry.name !== 'bench-driver' && !entry.name.startsWith('('),
    );
    const total = services.reduce((sum, entry) => sum + entry.ms, 0);
    if (total > 0) {
      parts.push(
        `CPU per completed lifecycle (the system without the load generator): ` +
          services.map((entry) => `${entry.name} ${entry.ms} ms`).join(', ') +
          ` — ${round(total)} ms in all, so ${results.machine.nproc} fully used cores complete at most ` +
          `${round((results.machine.nproc * 1000) / total)} lifecycles/s at this cost. Records per lifecycle on the ` +
          'set’s topics: ' +
          Object.entries(empty.kafkaRecordsPerLifecycle)
            .map(([topic, count]) => `${topic} ${count}`)
            .join(', ') +
          ' (each read by one to four consumer groups, and nearly every record read means a store read and write ' +
          'and, through the outbox, a claim and a release).',
        '',
      );
    }
  }
  const cost = empty?.intakeSecretCost ?? results.lifecyclesPreloaded?.intakeSecretCost;
  const hashMs =
    cost === undefined
      ? undefined
      : cost === null || cost >= 16384
        ? calibration.scryptDefaultMs
        : cost <= 1024
          ? calibration.scryptN1024Ms
          : undefined;
  if (cost !== undefined) {
    parts.push(
      `Intake hashed each new dossier’s lookup secret with scrypt N = ${cost ?? '16384 (Node’s default; no cost recorded)'}` +
        (hashMs !== undefined
          ? `: ${hashMs} ms of CPU per dossier here (N = 16384 costs ${calibration.scryptDefaultMs} ms, N = 1024 ` +
            `${calibration.scryptN1024Ms} ms, an HMAC-SHA256 ${calibration.hmacSha256Ms} ms), so the hash alone lets ` +
            `${results.machine.nproc} cores receive at most ${round((results.machine.nproc * 1000) / hashMs)} dossiers/s.`
          : '.'),
      '',
    );
  }

  const preloaded = results.lifecyclesPreloaded;
  const preload = results.preload;
  if (preload) {
    parts.push(
      '### Preload',
      '',
      `${preload.dossiers.toLocaleString('en')} open dossiers in intake’s database and, for each, its open deadline and its ` +
        `“received” on-time fact in the deadline service’s (${preload.deadlines.toLocaleString('en')} deadlines, ` +
        `${preload.facts.toLocaleString('en')} facts), inserted with insertMany (batches of ${preload.batch}) through the ` +
        'services’ own mongoose schemas (defaults, indexes created first as the services do) and the deadline service’s own ' +
        'domain functions (openDeadline, factsOf), in ' +
        `${preload.seconds} s (${preload.documentsPerSecond} documents/s). They are a province’s open backlog: every commune ` +
        'intake can receive for (those of provinces whose agency e-ID prefix it knows), received over the seven days before the run, commune procedures of 10–20 working days, so every ' +
        'appointment and every due-soon check lies days after the run (pending timers, none due during it). Services of set ' +
        `\`b\` then start on these databases (ready in ${results.servicesStartMs[Object.keys(results.servicesStartMs).find((key) => key.includes('stored')) ?? ''] ?? '?'} ms).`,
      '',
    );
  }
  if (preloaded) {
    parts.push(cpuLine(results, 'preloaded:sustained'), '');
    const othersEmpty = results.processes['empty:sustained']?.['(others)']?.cpuAvgPct;
    const othersPreloaded = results.processes['preloaded:sustained']?.['(others)']?.cpuAvgPct;
    if (
      othersEmpty !== undefined &&
      othersPreloaded !== undefined &&
      Math.abs(othersEmpty - othersPreloaded) > 20
    ) {
      parts.push(
        `Other work on the machine used ${Math.round(othersEmpty)} % of a core during the empty-store run and ` +
          `${Math.round(othersPreloaded)} % during the preloaded one: the two ran on different machines in effect, ` +
          'so their ratio says more about the neighbours than about the stored volume.',
        '',
      );
    }
    const scans = results.collectionScans['lifecycles-preloaded'];
    if (scans) {
      const scanned = Object.entries(scans);
      parts.push(
        scanned.length === 0
          ? 'No query read a whole collection during the preloaded run (the embedded store counts them): every ' +
              'lookup went through an index, so the stored volume shows only through index depth, the store’s page ' +
              'cache and its heap.'
          : `Queries that read whole collections during the preloaded run: ${scanned
              .map(([collection, count]) => `${collection} ×${count}`)
              .join(', ')}.`,
        '',
      );
    }
  }
  if (preload && preload.heapTrend.length > 1 && preload.dossiers < 200_000) {
    parts.push(
      `The store’s live heap after a full GC as the preload went: ${preload.heapTrend
        .map((point) => `${point.dossiers}: ${point.usedMB} MB`)
        .join(', ')} (too small a preload to tell the indexes from the bounded page cache).`,
      '',
    );
  }
  if (preload?.heapTrend && preload.heapTrend.length > 1) {
    // the second half of the trend: by then the bounded page cache is full, the indexes keep growing
    const first = preload.heapTrend[Math.floor(preload.heapTrend.length / 2)];
    const last = preload.heapTrend[preload.heapTrend.length - 1];
    if (first && last && last.dossiers >= 200_000) {
      const perDossier = ((last.usedMB - first.usedMB) * 1024) / (last.dossiers - first.dossiers);
      parts.push(
        `The store’s live heap (after a full GC) went from ${first.usedMB} MB at ${first.dossiers} dossiers to ${last.usedMB} MB at ${last.dossiers} ` +
          `(${preload.heapTrend.map((point) => `${point.dossiers}: ${point.usedMB} MB`).join(', ')}), about ` +
          `${round(perDossier)} KB per dossier with its deadline and fact: its ordered (non-unique) indexes live in ` +
          `the heap${last.maxMB ? ` of at most ${last.maxMB} MB` : ''}. At that rate 1,000,000 would need about ` +
          `${Math.round(first.usedMB + (perDossier * (1_000_000 - first.dossiers)) / 1024)} MB (a rough extrapolation: the page cache ` +
          'is bounded, the indexes are not).',
        '',
      );
    }
  }

  const birth = results.birthLetter;
  if (birth) {
    parts.push(
      '### Birth → letter',
      '',
      `POST /v1/birth-registrations at ${birth.rate}/s for ${birth.seconds} s (open loop). For each registration, the time ` +
        'from intake’s 201 to the congratulation letter stored by correspondence: the letter’s stored `createdAt` minus the ' +
        'instant the 201 arrived (one clock). Letters are found by polling correspondence’s database every ' +
        `${birth.pollMs} ms through the ordered index {communeCode, kind, createdAt}; the poll-based time (an upper bound) ` +
        `is p50 ${birth.detectedLatencyMs.p50} ms, p99 ${birth.detectedLatencyMs.p99} ms. ${birth.registered} registered, ` +
        `${birth.failed} refused, ${birth.missing} letters missing after waiting ${results.options.drainS} s. ` +
        `HTTP latency p50 ${birth.httpLatencyMs.p50} ms, p99 ${birth.httpLatencyMs.p99} ms.`,
      '',
      cpuLine(results, 'birth-letter'),
      '',
      waitLine(results, 'birth-letter'),
      '',
    );
  }

  const http = results.httpRatio;
  if (http) {
    parts.push(
      '### HTTP ratio',
      '',
      `Closed loop, ${http.clients} concurrent kept-alive clients (node:http), ${http.seconds} s each after a short ` +
        'warm-up, in the same run and store: a bare node:http server (bench/system/bare-http-server.ts) that parses the same ' +
        'JSON body and inserts a document of the same shape through mongoose with intake’s own schema and indexes, then ' +
        `intake’s POST /v1/dossiers with the same bodies. Bare ${http.bare.perSecond}/s (p50 ${http.bare.latencyMs.p50} ms), ` +
        `intake ${http.intakeDossier.perSecond}/s (p50 ${http.intakeDossier.latencyMs.p50} ms): ratio ${http.ratio}. ` +
        `For comparison intake’s POST /v1/birth-registrations (no lookup secret, no dossier number) gives ` +
        `${http.intakeBirthRegistration.perSecond}/s, ratio ${http.birthRegistrationRatio}.`,
      '',
      cpuLine(results, 'http:bare'),
      '',
      cpuLine(results, 'http:intake-dossier'),
      '',
      cpuLine(results, 'http:intake-birth-registration'),
      '',
      [
        ['http:bare', http.bare.perSecond, 'bare insert'],
        ['http:intake-dossier', http.intakeDossier.perSecond, 'intake dossier'],
        [
          'http:intake-birth-registration',
          http.intakeBirthRegistration.perSecond,
          'intake birth registration',
        ],
      ]
        .map(([phase, perSecond, what]) => {
          const costs = cpuPerOperation(results, String(phase), Number(perSecond)).filter(
            (entry) =>
              entry.name !== 'bench-driver' && !entry.name.startsWith('(') && entry.ms >= 0.5,
          );
          return `CPU per ${String(what)}: ${costs.map((entry) => `${entry.name} ${entry.ms} ms`).join(', ')}`;
        })
        .join('; ') +
        '. Both sides run on the same two cores: every dossier intake accepts is then published by its relay and ' +
        'handled by the deadline, correspondence and survey consumers while the measurement goes on, where the bare ' +
        'insert starts nothing.',
      '',
      'What the dossier route does beyond the bare insert: JWT verification, class-validator on the body, an ' +
        'idempotency lookup, a dossier number from a shared daily counter (one more store round trip), the lookup ' +
        `secret’s scrypt hash (N = ${results.lifecyclesEmpty?.intakeSecretCost ?? 'see the lifecycle notes'}, on libuv’s ` +
        'thread pool), the audit and outbox entries in the document, and the outbox relay that then claims, publishes ' +
        'and releases it in the same process. The birth-registration route skips the number and the hash, so the gap ' +
        'between the two routes is their cost; BENCH_PROFILE=1 shows where the main thread spends the rest.',
      '',
    );
  }

  const consumer = results.consumer;
  if (consumer) {
    parts.push(
      '### Consumer ratio',
      '',
      `${consumer.records.toLocaleString('en')} birth.registered.v1 records (CloudEvents binary mode, as intake publishes ` +
        `them) on a private topic of ${consumer.partitions} partitions, read from the start by new groups, alternately: ` +
        'a bare kafkajs consumer (eachMessage parsing the value, kafkajs’s default commit per batch) and KafkaEventServer ' +
        'from libs/messaging in a minimal Nest microservice with one counting `@EventPattern` handler. Throughput from the ' +
        'first record to the last (the group join left out); the figure takes the best run of each. Runs: ' +
        consumer.runs.map((run) => `${run.consumer} #${run.round} ${run.perSecond}/s`).join(', ') +
        '.',
      '',
      'The diagnostic runs add one piece of libs/messaging’s per-record work to the bare consumer at a time: ' +
        '`bare-decode-validate` decodes the CloudEvents headers and validates the data with libs/contracts’ ' +
        'consumer-side validateEventData; `bare-commit-per-record` commits every offset on its own, three partitions at ' +
        'once (what a consumer that commits each record costs); `libs-messaging-cached-routes` is KafkaEventServer with ' +
        'its handler found through a Map instead of Nest’s getRouteFromPattern, which runs JSON.parse on every event ' +
        'type and throws (building a stack trace) for a plain string. Best of each: ' +
        [...new Set(consumer.runs.map((run) => run.consumer))]
          .map(
            (kind) =>
              `${kind} ${Math.max(...consumer.runs.filter((run) => run.consumer === kind).map((run) => run.perSecond))}/s`,
          )
          .join(', ') +
        '. With BENCH_PROFILE=1 each run’s CPU profile is summarised below.',
      '',
    );
  }

  const overdue = results.overdue;
  if (overdue) {
    const variant = results.overdueVariant;
    parts.push(
      '### Overdue',
      '',
      `${overdue.samples.length} deadlines due ${results.options.overdueLeadS} s ahead and every ` +
        `${results.options.overdueSpacingS} s after, registered through the deadline service’s normal input ` +
        '(dossier.received.v1 on the set’s intake.dossier.v1 topic) while its database held ' +
        `${overdue.openDeadlines.toLocaleString('en')} open deadlines; delay from each due instant to the ` +
        'deadline.overdue.v1 record reaching a consumer of deadline.alert.v1. With DEADLINE_SCAN_INTERVAL_MS = ' +
        `${overdue.scanIntervalMs} (${overdue.scanIntervalSource}): p50 ${overdue.delayMs.p50} ms, max ${overdue.delayMs.max} ms; the scanner ` +
        `saw them p50 ${overdue.detectedAfterMs.p50} ms / max ${overdue.detectedAfterMs.max} ms after the due instant, the ` +
        'rest is the outbox relay and the broker. The scanner looks every interval whatever is due, so the ' +
        'delay is spread over up to one interval; the number of open deadlines does not enter (its query reads only ' +
        'what has come due, through the nextCheckAt index).' +
        (variant
          ? ` With DEADLINE_SCAN_INTERVAL_MS = ${variant.scanIntervalMs} (deadline restarted): p50 ${variant.delayMs.p50} ms, ` +
            `max ${variant.delayMs.max} ms, ${variant.missing} missing.`
          : ''),
      '',
    );
  }

  if (results.memory.length > 0) {
    const intake = results.memory.find((entry) => entry.service.endsWith('intake'));
    const others = results.memory.filter((entry) => !entry.service.endsWith('intake'));
    if (intake && others.length > 0) {
      const typical = round(
        others.reduce((sum, entry) => sum + entry.outsideHeapMB, 0) / others.length,
      );
      parts.push(
        '### Memory',
        '',
        `At its largest RSS, intake held ${intake.heapTotalMB} MB of V8 heap and ${intake.outsideHeapMB} MB outside ` +
          `it; the other services ${typical} MB outside on average. scrypt needs 128·N·r bytes per hash on each of ` +
          'libuv’s threads (16 MB at Node’s default N = 16384, 1 MB at N = 1024), which the allocator keeps: a plain ' +
          'node process that runs 16 default-cost hashes at once goes from 41 MB to 106 MB RSS and stays there ' +
          '(measured while writing this benchmark). Every service’s V8 heap grows under load because nothing bounds it ' +
          '(no --max-old-space-size); the table above gives heap and off-heap per service.',
        '',
      );
    }
  }

  if (results.profiles.length > 0) {
    parts.push('### CPU profiles (BENCH_PROFILE=1: main thread of each service, whole run)', '');
    for (const profile of results.profiles) {
      parts.push(
        `- \`${profile.file.split('/').slice(-1)[0]}\` (${profile.seconds} s): ` +
          profile.byOrigin.map((entry) => `${entry.origin} ${entry.pct} %`).join(', '),
      );
    }
    parts.push('');
  }
  return parts.filter((part, index, all) => !(part === '' && all[index - 1] === '')).join('\n');
}
