import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Admin, AssignerProtocol } from 'kafkajs';

import { addCalendarDays, vietnamCalendarDate } from '@libs/clock';
import {
  collectEventFlows,
  physicalTopic,
  readServiceSources,
  TOPIC_CATALOGUE,
} from '@libs/contracts';
import { deadLetterTopicFor } from '@libs/messaging';
import { KafkaProbe, provisionRunTopics, TestAuthority } from '@libs/testing';

import { FAULT_SERVICES, FaultService, FaultServices } from './fault-services';
import { PrivateInfrastructure } from './infra-control';
import { Count, exactlyOnce, figure, renderCounts, totals } from './ledger';
import { consumedTopics, DeadLetter, deadLetteredOnce, poisonRecords, tallyPoison } from './poison';
import { Answer, COMMUNE, Desk, pick, RegistrationStream } from './workload';

const USAGE = `The fault suite (docs/faults.md): a stream of registrations against two replicas of
every service on a private Kafka and store, while each service in turn is killed with -9, the
broker and then the store are stopped and started again; poison on every consumed topic; a
full replay into fresh consumer groups. At the end everything is counted against what was sent.

  npm run faults                  full run
  npm run faults -- --short       short run (CI)

Exits 0 only with zero lost, zero doubled, every poison record dead-lettered once with its
reason, and no request refused.`;

interface Plan {
  name: 'short' | 'full';
  concurrency: number;
  /** Answered registrations before the first fault. */
  warmUp: number;
  /** Whether each killed service is ready again before the next is killed. */
  killOneAtATime: boolean;
  brokerDownMs: number;
  storeDownMs: number;
  /** How long the stream goes on after the last fault. */
  tailMs: number;
  settleTimeoutMs: number;
  /** How long every instance may take to be ready again after an outage. */
  readyTimeoutMs: number;
}

const PLANS: Record<Plan['name'], Plan> = {
  short: {
    name: 'short',
    concurrency: 4,
    warmUp: 12,
    killOneAtATime: false,
    brokerDownMs: 10_000,
    storeDownMs: 10_000,
    tailMs: 5_000,
    settleTimeoutMs: 600_000,
    readyTimeoutMs: 300_000,
  },
  full: {
    name: 'full',
    concurrency: 6,
    warmUp: 40,
    killOneAtATime: true,
    brokerDownMs: 30_000,
    storeDownMs: 40_000,
    tailMs: 20_000,
    settleTimeoutMs: 900_000,
    readyTimeoutMs: 300_000,
  },
};
const REPLICAS = 2;
const FIRST_PORT = 4701;
/** Every consumer except reporting's projection, which is rebuilt by its own tool. */
const REPLAYED: readonly FaultService[] = [
  'intake',
  'deadline',
  'correspondence',
  'survey',
  'feedback',
];

const started = Date.now();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const clock = (): string => `${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s`;
const say = (line: string): void => {
  process.stdout.write(`[faults ${clock()}] ${line}\n`);
};

async function waitFor<T>(
  description: string,
  timeoutMs: number,
  check: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) {
        return value;
      }
    } catch {
      // the system is still recovering: ask again
    }
    await sleep(1000);
  }
  say(`gave up waiting for ${description} after ${timeoutMs / 1000} s`);
  return undefined;
}

/** Records a group has not committed yet, per topic and partition (none when caught up). */
async function lagOf(admin: Admin, groupId: string, topics: string[]): Promise<number> {
  const committed = await admin.fetchOffsets({ groupId, topics });
  let lag = 0;
  for (const topic of topics) {
    const read = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
    for (const end of await admin.fetchTopicOffsets(topic)) {
      const partition = read.find((candidate) => candidate.partition === end.partition);
      lag += Math.max(0, Number(end.high) - Math.max(0, Number(partition?.offset ?? 0)));
    }
  }
  return lag;
}

/** Partitions a group has not consumed to the end, with the member that holds each. */
async function behind(admin: Admin, groups: [string, string[]][]): Promise<string[]> {
  const lines: string[] = [];
  for (const [groupId, topics] of groups) {
    const committed = await admin.fetchOffsets({ groupId, topics });
    const { groups: described } = await admin.describeGroups([groupId]);
    const owners = new Map<string, string>();
    for (const member of described[0]?.members ?? []) {
      const assignment = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
      for (const [topic, partitions] of Object.entries(assignment?.assignment ?? {})) {
        for (const partition of partitions) {
          owners.set(`${topic}[${partition}]`, `${member.clientHost}${member.clientId}`);
        }
      }
    }
    for (const topic of topics) {
      const read = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
      for (const end of await admin.fetchTopicOffsets(topic)) {
        const offset = Number(read.find((p) => p.partition === end.partition)?.offset ?? -1);
        if (Number(end.high) > Math.max(0, offset)) {
          const name = `${topic}[${end.partition}]`;
          lines.push(
            `${groupId} ${name}: committed ${offset}, end ${end.high}, held by ${owners.get(name) ?? 'nobody'} (group ${described[0]?.state ?? '?'})`,
          );
        }
      }
    }
  }
  return lines;
}

/** Runs tasks with at most `limit` in flight. */
async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next];
        next += 1;
        await task(item);
      }
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { short: { type: 'boolean', default: false }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const plan = PLANS[values.short ? 'short' : 'full'];
  // the entry point hands the environment run-faults.sh exported to the suite
  // eslint-disable-next-line no-restricted-syntax
  const { LOCAL_INFRA_DIR: stateDir, FAULTS_INFRA_SCRIPT: script, PATH: path = '' } = process.env;
  if (!stateDir || !script) {
    throw new Error('LOCAL_INFRA_DIR is not set: run the suite through `npm run faults`');
  }
  const root = process.cwd();
  const infra = new PrivateInfrastructure(root, stateDir, script);
  const infraEnvironment = await infra.environment();
  const brokers = infraEnvironment.KAFKA_BROKERS.split(',');
  const run = randomUUID().slice(0, 8);
  const authority = new TestAuthority();
  const logDir = join(stateDir, 'services');
  mkdirSync(logDir, { recursive: true });
  const services = new FaultServices({
    root,
    run,
    firstPort: FIRST_PORT,
    replicas: REPLICAS,
    environment: { PATH: path, ...infraEnvironment, ...authority.environment },
    logDir,
  });
  const prefix = services.topicPrefix;
  const topicOf = (name: string): string => physicalTopic(prefix, name);
  const replayGroup = (service: FaultService): string => `${services.groupId(service)}-replay`;
  const consumed = consumedTopics(collectEventFlows(readServiceSources(root)));
  const topicsOf = (service: string): string[] =>
    consumed
      .filter((entry) => entry.services.includes(service))
      .map((entry) => topicOf(entry.topic));
  const consumers = FAULT_SERVICES.filter((service) => topicsOf(service).length > 0);
  const faults: string[] = [];
  /** What went wrong besides the counts: each one fails the run. */
  const findings: string[] = [];
  const fault = (line: string): void => {
    faults.push(`${clock()}  ${line}`);
    say(line);
  };
  say(
    `${plan.name} run ${run}: ${REPLICAS} replicas × ${FAULT_SERVICES.length} services, Kafka ${brokers.join(',')}, store ${infraEnvironment.MONGO_URL.replace(/\/\/[^@]*@/, '//')}, logs ${logDir}`,
  );

  // the tests' one way to a Kafka client, so the broker settings they add reach the suite too
  const kafka = new KafkaProbe(brokers).kafka;
  for (const group of [
    ...FAULT_SERVICES.map((s) => services.groupId(s)),
    ...REPLAYED.map(replayGroup),
  ]) {
    await provisionRunTopics(brokers, prefix, group);
  }
  process.once('SIGTERM', () => {
    void services.stop().finally(() => process.exit(143));
  });
  try {
    await services.startAll();
    say(`${FAULT_SERVICES.length * REPLICAS} service processes ready`);
    const officer = await authority.bearer({ roles: ['officer'], communes: [COMMUNE] });
    const desk = new Desk(
      (service, route, replica) => services.url(service, route, replica),
      REPLICAS,
      officer,
    );

    // 1. poison on every partition of every consumed topic, before the stream flows behind it
    const partitions = 3;
    const poison = poisonRecords(consumed, partitions, run);
    const producer = kafka.producer();
    await producer.connect();
    for (const record of poison) {
      await producer.send({
        topic: topicOf(record.topic),
        acks: -1,
        messages: [
          {
            key: record.key,
            value: record.value,
            headers: record.headers,
            partition: record.partition,
          },
        ],
      });
    }
    await producer.disconnect();
    say(
      `sent ${poison.length} poison records to ${consumed.length} topics × ${partitions} partitions`,
    );

    // 2. the stream, and the faults in the middle of it
    const stream = new RegistrationStream(desk, run);
    stream.start(plan.concurrency);
    await waitFor('the warm-up', 120_000, () =>
      Promise.resolve(stream.answered >= plan.warmUp ? true : undefined),
    );
    const restarts: Promise<void>[] = [];
    for (const [index, service] of FAULT_SERVICES.entries()) {
      const replica = index % REPLICAS;
      await services.kill(service, replica);
      fault(`kill -9 ${service}#${replica} (${stream.answered} answered)`);
      const restart = sleep(1000)
        .then(() => services.restart(service, replica))
        .then(
          () => say(`${service}#${replica} restarted and ready`),
          (error: unknown) => {
            findings.push(`after kill -9 ${service}#${replica}: ${String(error)}`);
            say(`NOT READY after restart: ${String(error)}`);
          },
        );
      if (plan.killOneAtATime) {
        await restart;
      } else {
        restarts.push(restart);
        await sleep(3000);
      }
    }
    await Promise.all(restarts);
    for (const [component, downMs] of [
      ['kafka', plan.brokerDownMs],
      ['store', plan.storeDownMs],
    ] as const) {
      const pid = await infra.kill(component);
      fault(
        `kill -9 ${component} (pid ${pid}, ${stream.answered} answered), down ${downMs / 1000} s`,
      );
      await sleep(downMs);
      await infra.up();
      fault(`${component} started again by infra.sh up (${stream.answered} answered)`);
      const notReady = await services.allReady(plan.readyTimeoutMs);
      if (notReady.length === 0) {
        say('every service ready again without a restart');
      }
      for (const line of notReady) {
        findings.push(`after the ${component} outage: ${line}`);
        say(`NOT READY: ${line}`);
      }
    }
    await sleep(plan.tailMs);
    await stream.stop();
    const returned = stream.dossiers.filter((dossier) => dossier.returned);
    say(
      `stream stopped: ${stream.births.length} births, ${stream.dossiers.length} dossiers (${returned.length} returned), ${desk.retries} client retries, ${stream.failures.length} failed`,
    );

    // 3. settle: every group caught up and every figure reached
    const admin = kafka.admin();
    await admin.connect();
    const today = vietnamCalendarDate(new Date());
    const month = today.slice(0, 7);
    const figures = async (): Promise<Record<string, number | undefined>> => {
      // a figure that does not answer (a slow or recovering service) counts as missing
      const ask = (service: FaultService, route: string): Promise<Answer | undefined> =>
        desk.once(service, route).catch(() => undefined);
      const letters = await ask(
        'correspondence',
        `/v1/letters/counts?communeCode=${COMMUNE}&period=${today.slice(0, 4)}`,
      );
      const onTime = await ask(
        'deadline',
        `/v1/figures/on-time?period=${month}&communeCode=${COMMUNE}`,
      );
      const indexes = await ask(
        'survey',
        `/v1/indexes?communeCode=${COMMUNE}&period=${month}&dimension=commune`,
      );
      const report = await ask(
        'reporting',
        `/v1/reports/communes/${COMMUNE}?from=${addCalendarDays(today, -40)}&to=${today}`,
      );
      const number = (value: unknown): number | undefined =>
        typeof value === 'number' ? value : undefined;
      const rows = indexes?.body;
      return {
        'letter counter: birth congratulations': number(
          pick(letters?.body, 'counts', 'birth-congratulation'),
        ),
        'on-time figures: dossiers received': number(
          pick(onTime?.body, 'dossiers', 'total', 'received'),
        ),
        'on-time figures: dossiers returned': number(
          pick(onTime?.body, 'dossiers', 'total', 'returned'),
        ),
        'survey index: invitations': Array.isArray(rows)
          ? rows.reduce(
              (sum: number, row: unknown) => sum + (number(pick(row, 'invitations')) ?? 0),
              0,
            )
          : undefined,
        'report: births': number(pick(report?.body, 'civilStatus', 'births')),
        'report: dossiers received': number(pick(report?.body, 'dossiersReceived')),
        'report: dossiers returned': number(pick(report?.body, 'dossiersReturned')),
        'report: fee payments': number(pick(report?.body, 'feePayments')),
        'report: congratulation letters': number(pick(report?.body, 'letters', 'congratulation')),
      };
    };
    const owedFigures: Record<string, number> = {
      'letter counter: birth congratulations': stream.births.length,
      'on-time figures: dossiers received': stream.dossiers.length,
      'on-time figures: dossiers returned': returned.length,
      'survey index: invitations': returned.length,
      'report: births': stream.births.length,
      'report: dossiers received': stream.dossiers.length,
      'report: dossiers returned': returned.length,
      'report: fee payments': returned.length,
      'report: congratulation letters': stream.births.length,
    };
    const caughtUp = async (groups: [string, string[]][]): Promise<true | undefined> => {
      for (const [group, topics] of groups) {
        if ((await lagOf(admin, group, topics)) > 0) {
          return undefined;
        }
      }
      return true;
    };
    const mainGroups = consumers.map((s): [string, string[]] => [services.groupId(s), topicsOf(s)]);
    const settled = await waitFor('the system to settle', plan.settleTimeoutMs, async () => {
      const now = await figures();
      const reached = Object.entries(owedFigures).every(([name, owed]) => (now[name] ?? 0) >= owed);
      return reached ? caughtUp(mainGroups) : undefined;
    });
    if (settled) {
      say('settled: every group caught up, every figure reached');
    } else {
      findings.push(`not settled after ${plan.settleTimeoutMs / 1000} s`);
      for (const line of await behind(admin, mainGroups)) {
        findings.push(`  ${line}`);
      }
      findings.push(
        ...Object.entries(await figures()).map(
          ([name, value]) => `  ${name}: ${String(value)} of ${owedFigures[name]}`,
        ),
      );
    }

    // 4. what the citizens and officers see, before and after a full replay
    // a count that gets no answer at all is reported, and the item counts as not found
    const safely =
      <T>(task: (item: T) => Promise<void>) =>
      async (item: T): Promise<void> => {
        try {
          await task(item);
        } catch (error) {
          findings.push(`count: ${error instanceof Error ? error.message : String(error)}`);
        }
      };
    const ledgerOverHttp = async (label: string): Promise<Count[]> => {
      const letters: string[] = [];
      const dossiersFound: string[] = [];
      const deadlinesClosed: string[] = [];
      const invitations: string[] = [];
      await inParallel(
        stream.births,
        4,
        safely(async ({ registrationId }) => {
          const found = await desk.reliably(
            'correspondence',
            `/v1/letters?subjectKey=birth:${registrationId}`,
          );
          for (const _ of Array.isArray(found.body) ? found.body : []) {
            letters.push(registrationId);
          }
        }),
      );
      await inParallel(
        stream.dossiers,
        4,
        safely(async (dossier) => {
          const read = await desk.reliably('intake', `/v1/dossiers/${dossier.dossierId}`);
          if (
            read.status === 200 &&
            (!dossier.returned || pick(read.body, 'status') === 'result-returned')
          ) {
            dossiersFound.push(dossier.dossierId);
          }
          if (!dossier.returned) {
            return;
          }
          const deadline = await desk.reliably(
            'deadline',
            `/v1/deadlines/by-subject/${dossier.dossierId}`,
          );
          if (deadline.status === 200 && pick(deadline.body, 'state') === 'closed') {
            deadlinesClosed.push(dossier.dossierId);
          }
          const invitation = await desk.reliably(
            'survey',
            `/v1/invitations/by-dossier/${dossier.dossierId}`,
          );
          // the slip's code is shown once: a later read says so, and the invitation exists
          const shownBefore = ['SURVEY.INVITATION_ALREADY_REVEALED', 'SURVEY.INVITATION_CLOSED'];
          if (
            invitation.status === 200 ||
            shownBefore.includes(String(pick(invitation.body, 'code')))
          ) {
            invitations.push(dossier.dossierId);
          }
        }),
      );
      const returnedIds = returned.map((dossier) => dossier.dossierId);
      const now = await figures();
      return [
        exactlyOnce(
          `${label}dossiers in intake`,
          stream.dossiers.map((d) => d.dossierId),
          dossiersFound,
        ),
        exactlyOnce(
          `${label}congratulation letters`,
          stream.births.map((b) => b.registrationId),
          letters,
        ),
        exactlyOnce(`${label}deadlines closed`, returnedIds, deadlinesClosed),
        exactlyOnce(`${label}survey invitations`, returnedIds, invitations),
        ...Object.entries(owedFigures).map(([name, owed]) =>
          figure(`${label}${name}`, owed, now[name]),
        ),
      ];
    };
    const beforeReplay = await ledgerOverHttp('');

    // 5. a full replay of every topic into fresh consumer groups (same databases)
    for (const service of REPLAYED) {
      await services.startInGroup(service, replayGroup(service));
    }
    fault(`replay: ${REPLAYED.join(', ')} started in fresh consumer groups`);
    const replayGroups = REPLAYED.map((s): [string, string[]] => [replayGroup(s), topicsOf(s)]);
    const replayed = await waitFor('the replay', plan.settleTimeoutMs, () =>
      caughtUp(replayGroups),
    );
    // whatever the replay made the relays publish is published within a few polls
    await sleep(5000);
    await waitFor('the main groups after the replay', 120_000, () => caughtUp(mainGroups));
    if (replayed) {
      say('replay caught up');
    } else {
      findings.push('the replay did not catch up', ...(await behind(admin, replayGroups)));
    }
    const afterReplay = await ledgerOverHttp('after replay: ');

    // 6. what the broker carried: each event once, each poison record dead-lettered once
    const deadLetterTopics = [
      ...consumers.map((s) => services.groupId(s)),
      ...REPLAYED.map(replayGroup),
    ].map((group) => topicOf(deadLetterTopicFor(group)));
    const allTopics = [...TOPIC_CATALOGUE.map((topic) => topicOf(topic.name)), ...deadLetterTopics];
    let onBroker = 0;
    for (const topic of allTopics) {
      for (const partition of await admin.fetchTopicOffsets(topic)) {
        onBroker += Number(partition.high) - Number(partition.low);
      }
    }
    const probe = new KafkaProbe(brokers);
    await probe.start(allTopics);
    await waitFor('the probe to read every record', 180_000, () =>
      Promise.resolve(probe.records.length >= onBroker ? true : undefined),
    );
    await probe.stop();
    await admin.disconnect();
    // the events the services published: neither the poison the suite sent nor dead letters
    const onTopics = probe.records.filter(
      (record) => !deadLetterTopics.includes(record.topic) && !record.key?.startsWith('poison-'),
    );
    // Delivery is at least once: a relay whose acknowledgement a broker crash swallowed sends the
    // same event again, with the same id, and every consumer applies an id once. An event counts
    // once per id; a doubling is a second id for one fact (an effect published twice).
    const seenIds = new Set<string>();
    const published = onTopics.filter((record) => {
      const id = record.headers.ce_id;
      if (id === undefined) {
        return true;
      }
      const first = !seenIds.has(id);
      seenIds.add(id);
      return first;
    });
    const redelivered = onTopics.length - published.length;
    const subjectsOf = (type: string): string[] =>
      published
        .filter((record) => record.headers.ce_type === type)
        .map((record) => record.headers.ce_subject ?? record.key ?? '');
    const letterSubjects = published
      .filter((record) => record.headers.ce_type === 'letter.created.v1')
      .map((record) => pick(JSON.parse(record.value ?? '{}'), 'subjectKey'))
      .filter((subject): subject is string => typeof subject === 'string')
      .filter((subject) => subject.startsWith('birth:'))
      .map((subject) => subject.slice('birth:'.length));
    const returnedIds = returned.map((dossier) => dossier.dossierId);
    const events = [
      exactlyOnce(
        'event birth.registered',
        stream.births.map((b) => b.registrationId),
        subjectsOf('birth.registered.v1'),
      ),
      exactlyOnce(
        'event dossier.received',
        stream.dossiers.map((d) => d.dossierId),
        subjectsOf('dossier.received.v1'),
      ),
      exactlyOnce('event dossier.fee-paid', returnedIds, subjectsOf('dossier.fee-paid.v1')),
      exactlyOnce(
        'event dossier.result-returned',
        returnedIds,
        subjectsOf('dossier.result-returned.v1'),
      ),
      exactlyOnce(
        'event letter.created (births)',
        stream.births.map((b) => b.registrationId),
        letterSubjects,
      ),
    ];
    const deadLetters: DeadLetter[] = probe.records
      .filter((record) => deadLetterTopics.includes(record.topic))
      .map((record) => ({
        group: record.headers.dlq_consumer_group ?? '?',
        key: record.key,
        headers: record.headers,
      }));
    const mainPoison = tallyPoison(
      poison,
      deadLetters.filter((letter) => !letter.group.endsWith('-replay')),
      (service) => services.groupId(service as FaultService),
    );
    const replayPoison = tallyPoison(
      poison.map((record) => ({
        ...record,
        expectedIn: record.expectedIn.filter((s) => REPLAYED.includes(s as FaultService)),
      })),
      deadLetters.filter((letter) => letter.group.endsWith('-replay')),
      (service) => replayGroup(service as FaultService),
    );
    const dead: Count[] = [
      deadLetteredOnce('poison dead-lettered once', mainPoison),
      deadLetteredOnce('replay: poison dead-lettered once', replayPoison),
      {
        // a valid event in a dead-letter topic is an effect nobody will have
        item: 'valid events dead-lettered',
        expected: 0,
        found: mainPoison.unexpected.length + replayPoison.unexpected.length,
        lost: mainPoison.unexpected.length + replayPoison.unexpected.length,
        doubled: 0,
        examples: [...mainPoison.unexpected, ...replayPoison.unexpected].slice(0, 5),
      },
    ];
    const wrongReasons = [...mainPoison.wrongReason, ...replayPoison.wrongReason];

    const counts = [...beforeReplay, ...afterReplay, ...events, ...dead];
    const { lost, doubled } = totals(counts);
    const crashed = services.crashed();
    process.stdout.write(
      [
        '',
        `fault suite, ${plan.name} run ${run}`,
        'faults:',
        ...faults.map((line) => `  ${line}`),
        `sent: ${stream.births.length} births, ${stream.dossiers.length} dossiers (${returned.length} returned); ${desk.retries} client retries; ${poison.length} poison records`,
        renderCounts(counts),
        `poison with a wrong reason: ${wrongReasons.length}${wrongReasons.length ? `\n  ${wrongReasons.slice(0, 10).join('\n  ')}` : ''}`,
        `records sent again with the same event id (at-least-once; applied once): ${redelivered}`,
        `requests refused or unanswered: ${stream.failures.length}${stream.failures.length ? `\n  ${stream.failures.slice(0, 10).join('\n  ')}` : ''}`,
        `service processes that died on their own: ${crashed.length}${crashed.length ? `\n  ${crashed.join('\n  ')}` : ''}`,
        `other findings: ${findings.length}${findings.length ? `\n  ${findings.join('\n  ')}` : ''}`,
        `RESULT: ${lost} lost, ${doubled} doubled; wall time ${Math.round((Date.now() - started) / 1000)} s`,
        '',
      ].join('\n'),
    );
    const clean =
      lost === 0 &&
      doubled === 0 &&
      wrongReasons.length === 0 &&
      stream.failures.length === 0 &&
      crashed.length === 0 &&
      findings.length === 0;
    return clean ? 0 : 1;
  } finally {
    await services.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);
