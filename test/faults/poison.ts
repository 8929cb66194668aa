import { randomUUID } from 'node:crypto';

import { EventFlow } from '@libs/contracts';

import { Count } from './ledger';

/** The reason (dlq_reason) each kind of poison must be dead-lettered with. */
export type PoisonKind = 'not-json' | 'no-headers' | 'unknown-version' | 'contract-violation';
const REASONS: Record<PoisonKind, string> = {
  'not-json': 'malformed-envelope',
  'no-headers': 'malformed-envelope',
  'unknown-version': 'unknown-event-type',
  'contract-violation': 'contract-violation',
};

export interface PoisonRecord {
  /** Unique: how the dead-letter topics are matched back to what was sent. */
  key: string;
  topic: string;
  partition: number;
  kind: PoisonKind;
  value: string | null;
  headers: Record<string, string>;
  /** The services whose consumer group must dead-letter it (each exactly once). */
  expectedIn: string[];
  reason: string;
}

export interface ConsumedTopic {
  topic: string;
  /** Services subscribed to the topic (they handle at least one of its types). */
  services: string[];
  /** Each type of the topic some service handles, with the services that handle it. */
  types: { type: string; services: string[] }[];
}

/** Who reads what, from the code (`@EventPattern` handlers, as docs/event-flows.md shows). */
export function consumedTopics(flows: readonly EventFlow[]): ConsumedTopic[] {
  const byTopic = new Map<string, ConsumedTopic>();
  for (const flow of flows) {
    const services = [...new Set(flow.consumers.map((consumer) => consumer.service))].sort();
    if (services.length === 0) {
      continue;
    }
    const topic = flow.definition.topic;
    const entry = byTopic.get(topic) ?? { topic, services: [], types: [] };
    entry.services = [...new Set([...entry.services, ...services])].sort();
    entry.types.push({ type: flow.definition.type, services });
    byTopic.set(topic, entry);
  }
  return [...byTopic.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}

function envelopeHeaders(type: string, key: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    ce_specversion: '1.0',
    ce_id: randomUUID(),
    ce_type: type,
    ce_source: '/faults/poison',
    ce_subject: key,
    ce_time: new Date().toISOString(),
    ce_communecode: '14797',
  };
}

/**
 * Poison for every partition of every consumed topic: a value that is not JSON, a record
 * without CloudEvents headers, an unknown version of a type the topic carries (each for every
 * group subscribed to the topic), and for each handled type a contract-breaking payload (for
 * the groups that handle the type; the others skip it).
 */
export function poisonRecords(
  topics: readonly ConsumedTopic[],
  partitions: number,
  run: string,
): PoisonRecord[] {
  const records: PoisonRecord[] = [];
  let sequence = 0;
  const add = (
    topic: ConsumedTopic,
    partition: number,
    kind: PoisonKind,
    expectedIn: string[],
    build: (key: string) => Pick<PoisonRecord, 'value' | 'headers'>,
  ): void => {
    sequence += 1;
    const key = `poison-${run}-${sequence}`;
    records.push({
      key,
      topic: topic.topic,
      partition,
      kind,
      expectedIn,
      reason: REASONS[kind],
      ...build(key),
    });
  };
  for (const topic of topics) {
    const [first] = topic.types;
    const unknownVersion = first.type.replace(/\.v\d+$/, '.v9');
    for (let partition = 0; partition < partitions; partition += 1) {
      add(topic, partition, 'not-json', topic.services, (key) => ({
        value: 'not json {',
        headers: envelopeHeaders(first.type, key),
      }));
      add(topic, partition, 'no-headers', topic.services, () => ({
        value: '{"communeCode":"14797"}',
        headers: {},
      }));
      add(topic, partition, 'unknown-version', topic.services, (key) => ({
        value: '{"communeCode":"14797"}',
        headers: envelopeHeaders(unknownVersion, key),
      }));
      for (const { type, services } of topic.types) {
        add(topic, partition, 'contract-violation', services, (key) => ({
          value: '{"foo":1,"communeCode":"14797"}',
          headers: envelopeHeaders(type, key),
        }));
      }
    }
  }
  return records;
}

/** A record read back from a dead-letter topic. */
export interface DeadLetter {
  group: string;
  key: string | null;
  headers: Record<string, string>;
}

export interface PoisonTally {
  expected: number;
  /** Expected in a group's dead-letter topic and absent (the poison was skipped or lost). */
  missing: string[];
  /** The same poison dead-lettered twice by one group. */
  doubled: string[];
  /** Dead-lettered with another reason than its kind calls for. */
  wrongReason: string[];
  /** Records in a dead-letter topic that are no poison: a valid event dead-lettered. */
  unexpected: string[];
}

/** Matches what each group dead-lettered against the poison sent. */
export function tallyPoison(
  sent: readonly PoisonRecord[],
  deadLetters: readonly DeadLetter[],
  groupOf: (service: string) => string,
): PoisonTally {
  const tally: PoisonTally = {
    expected: 0,
    missing: [],
    doubled: [],
    wrongReason: [],
    unexpected: [],
  };
  const seen = new Map<string, DeadLetter[]>();
  const byKey = new Map(sent.map((record) => [record.key, record]));
  for (const letter of deadLetters) {
    const poison = letter.key === null ? undefined : byKey.get(letter.key);
    const from = `${letter.group} ${letter.headers.dlq_source_topic ?? '?'}[${letter.headers.dlq_source_partition ?? '?'}]@${letter.headers.dlq_source_offset ?? '?'}`;
    if (!poison || !poison.expectedIn.some((service) => groupOf(service) === letter.group)) {
      tally.unexpected.push(
        `${from} ${letter.headers.ce_type ?? '-'} ${letter.headers.dlq_reason ?? '-'}: ${letter.headers.dlq_error ?? ''}`,
      );
      continue;
    }
    const id = `${letter.group}|${poison.key}`;
    seen.set(id, [...(seen.get(id) ?? []), letter]);
  }
  for (const poison of sent) {
    for (const service of poison.expectedIn) {
      tally.expected += 1;
      const label = `${groupOf(service)} ${poison.topic}[${poison.partition}] ${poison.kind}`;
      const found = seen.get(`${groupOf(service)}|${poison.key}`) ?? [];
      if (found.length === 0) {
        tally.missing.push(label);
        continue;
      }
      if (found.length > 1) {
        tally.doubled.push(`${label} ×${found.length}`);
      }
      if (found.some((letter) => letter.headers.dlq_reason !== poison.reason)) {
        tally.wrongReason.push(
          `${label}: ${found.map((letter) => letter.headers.dlq_reason).join(', ')} (want ${poison.reason})`,
        );
      }
    }
  }
  return tally;
}

/** A tally's poison as a ledger count: each record owed exactly one dead letter. */
export function deadLetteredOnce(item: string, tally: PoisonTally): Count {
  return {
    item,
    expected: tally.expected,
    found: tally.expected - tally.missing.length,
    lost: tally.missing.length,
    doubled: tally.doubled.length,
    examples: [...tally.missing, ...tally.doubled].slice(0, 5),
  };
}
