import { randomUUID } from 'node:crypto';

import {
  DEADLINE_OVERDUE_V1,
  DOSSIER_RECEIVED_V1,
  DossierApplicantV1,
  DossierReceivedV1,
  physicalTopic,
  toKafkaRecord,
  TOPICS,
  validateEventData,
} from '@libs/contracts';

import { DeadlineEnvironment } from '../../../services/deadline/src/config/deadline.environment';
import { BenchContext, sleep } from '../context';
import { personName } from '../fixtures';
import { LatencySummary, summarize } from '../http-client';
import { ServiceSet } from '../services';

/**
 * Deadlines due a few seconds ahead, registered through the deadline service's normal input
 * (dossier.received.v1 on the set's intake.dossier.v1 topic, as intake publishes it), while
 * its database holds the preloaded open deadlines; for each, the delay from its due instant
 * to the deadline.overdue.v1 record reaching a consumer of deadline.alert.v1. The record's
 * `detectedAt` splits the delay into the scanner's part and the relay's.
 */
export interface OverdueSample {
  dueAt: string;
  /** Due instant → overdue record seen on the broker. */
  delayMs: number | null;
  /** Due instant → the scanner saw it (detectedAt). */
  detectedAfterMs: number | null;
}

export interface OverdueResult {
  /** DEADLINE_SCAN_INTERVAL_MS the deadline service ran with, and where it came from. */
  scanIntervalMs: number;
  scanIntervalSource: 'service default' | 'BENCH_SERVICE_ENV' | 'variant';
  openDeadlines: number;
  samples: OverdueSample[];
  missing: number;
  delayMs: LatencySummary;
  detectedAfterMs: LatencySummary;
  /** The largest delay: the figure. */
  maxDelayMs: number | null;
}

export async function runOverdue(
  context: BenchContext,
  set: ServiceSet,
  scanIntervalMs: number | 'default',
): Promise<OverdueResult> {
  const { options } = context;
  const configured = options.serviceEnv.DEADLINE_SCAN_INTERVAL_MS;
  const interval =
    scanIntervalMs !== 'default'
      ? scanIntervalMs
      : configured
        ? Number(configured)
        : new DeadlineEnvironment().DEADLINE_SCAN_INTERVAL_MS;
  const source: OverdueResult['scanIntervalSource'] =
    scanIntervalMs !== 'default' ? 'variant' : configured ? 'BENCH_SERVICE_ENV' : 'service default';
  const openDeadlines = await context.store
    .db(set.database('deadline'))
    .collection('deadlines')
    // open deadlines with a check ahead (every preloaded one has; a closed one has none),
    // counted through the {nextCheckAt} index: {state: 'open'} would read the whole collection
    .countDocuments({ nextCheckAt: { $gte: new Date(0) } });
  const alertTopic = physicalTopic(set.topicPrefix, TOPICS.deadlineAlert);
  const dossierTopic = physicalTopic(set.topicPrefix, TOPICS.dossier);
  const seen = new Map<string, { at: number; detectedAt: number }>();
  const consumer = context.kafka.consumer({
    groupId: `bench-${options.run}-overdue-${randomUUID().slice(0, 6)}`,
  });
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [alertTopic], fromBeginning: false });
  await consumer.run({
    eachMessage: ({ message }) => {
      const at = Date.now();
      const type = message.headers?.ce_type?.toString();
      if (type === DEADLINE_OVERDUE_V1.type && message.value) {
        const data = JSON.parse(message.value.toString('utf8')) as {
          subjectId: string;
          detectedAt: string;
        };
        if (!seen.has(data.subjectId)) {
          seen.set(data.subjectId, { at, detectedAt: new Date(data.detectedAt).getTime() });
        }
      }
      return Promise.resolve();
    },
  });
  const joinDeadline = Date.now() + 60_000;
  while (!joined && Date.now() < joinDeadline) {
    await sleep(100);
  }
  if (!joined) {
    await consumer.disconnect();
    throw new Error(`the overdue probe did not join a group on ${alertTopic} within 60 s`);
  }
  // with fromBeginning false, a new group starts at the end once its offsets are reset
  await sleep(2000);

  const producer = context.kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const commune = context.communes[0];
  const dues = new Map<string, number>();
  context.sampler.enter(`overdue:${scanIntervalMs}`);
  try {
    const now = Date.now();
    const messages = [];
    for (let index = 0; index < options.overdueSamples; index += 1) {
      const dossierId = randomUUID();
      const due = now + (options.overdueLeadS + index * options.overdueSpacingS) * 1000;
      dues.set(dossierId, due);
      const data = Object.assign(new DossierReceivedV1(), {
        dossierId,
        dossierCode: `H${commune?.provinceCode ?? '38'}.147.97-${String(now).slice(-6)}-99${String(index).padStart(4, '0')}`,
        communeCode: commune?.code ?? '14797',
        provinceCode: commune?.provinceCode ?? '38',
        procedureKey: 'copy-certification',
        procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
        channel: 'counter',
        receivedAt: new Date(now - 60_000).toISOString(),
        processingWorkingDays: 0,
        afternoonCutoff: true,
        dueAt: new Date(due).toISOString(),
        officerId: 'can-bo-bench',
        applicant: Object.assign(new DossierApplicantV1(), {
          fullName: personName(index, 'female'),
        }),
      });
      const checked = validateEventData(DOSSIER_RECEIVED_V1, data, 'producer');
      if (!checked.ok) {
        throw new Error(`benchmark event breaks its contract: ${checked.errors.join('; ')}`);
      }
      const id = randomUUID();
      messages.push(
        toKafkaRecord({
          specversion: '1.0',
          id,
          type: DOSSIER_RECEIVED_V1.type,
          source: '/services/intake',
          subject: dossierId,
          time: data.receivedAt,
          datacontenttype: 'application/json',
          correlationid: id,
          communecode: data.communeCode,
          data: JSON.parse(JSON.stringify(data)) as unknown,
        }),
      );
    }
    await producer.send({ topic: dossierTopic, messages, acks: -1 });
    const lastDue = Math.max(...dues.values());
    const waitUntil = lastDue + 2 * interval + 30_000;
    while (Date.now() < waitUntil && [...dues.keys()].some((id) => !seen.has(id))) {
      await sleep(100);
    }
  } finally {
    context.sampler.enter('idle');
    await producer.disconnect();
    await consumer.disconnect();
  }
  const samples: OverdueSample[] = [...dues.entries()].map(([id, due]) => {
    const found = seen.get(id);
    return {
      dueAt: new Date(due).toISOString(),
      delayMs: found ? found.at - due : null,
      detectedAfterMs: found ? found.detectedAt - due : null,
    };
  });
  const delays = samples.flatMap((sample) => (sample.delayMs === null ? [] : [sample.delayMs]));
  const detected = samples.flatMap((sample) =>
    sample.detectedAfterMs === null ? [] : [sample.detectedAfterMs],
  );
  const missing = samples.filter((sample) => sample.delayMs === null).length;
  const result: OverdueResult = {
    scanIntervalMs: interval,
    scanIntervalSource: source,
    openDeadlines,
    samples,
    missing,
    delayMs: summarize(delays),
    detectedAfterMs: summarize(detected),
    maxDelayMs: missing > 0 ? null : Math.max(...delays),
  };
  context.log(
    `overdue (scan interval ${interval} ms, ${source}) with ${openDeadlines} open deadlines: ` +
      `delay p50 ${result.delayMs.p50} ms max ${result.delayMs.max} ms, missing ${missing}`,
  );
  return result;
}
