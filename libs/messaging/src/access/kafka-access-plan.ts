import {
  physicalTopic,
  SERVICE_SUBSCRIPTIONS,
  ServiceName,
  TOPIC_CATALOGUE,
  topicsPublishedToAgencies,
  topicsWrittenBy,
} from '@libs/contracts';

import { deadLetterTopicFor } from '../messaging.options';

export type AclOperation = 'READ' | 'WRITE' | 'CREATE' | 'DESCRIBE';

/** One ACL binding: a principal may do one operation on a topic or a consumer group. */
export interface AclGrant {
  principal: string;
  resource: 'topic' | 'group';
  /** A topic or group name, or a name prefix when `pattern` is `prefixed`. */
  name: string;
  pattern: 'literal' | 'prefixed';
  operation: AclOperation;
}

export interface KafkaAccessPlan {
  /** Topics created before any service starts: the catalogue and each service's dead letters. */
  topics: string[];
  grants: AclGrant[];
}

export interface KafkaAccessOptions {
  services: readonly ServiceName[];
  /** Principals of other agencies: read-only, on the topics published to agencies. */
  agencies: readonly string[];
  /** The deployment's topic prefix (KAFKA_TOPIC_PREFIX), applied to topics and groups. */
  topicPrefix: string;
}

/** `User:<name>`, as the broker names a SCRAM principal. */
export function principalOf(name: string): string {
  return `User:${name}`;
}

function grants(
  principal: string,
  resource: AclGrant['resource'],
  name: string,
  pattern: AclGrant['pattern'],
  operations: readonly AclOperation[],
): AclGrant[] {
  return operations.map((operation) => ({ principal, resource, name, pattern, operation }));
}

/**
 * Who may do what on the broker, from the catalogue: a service writes only the topics it owns
 * and its own dead-letter topics, reads only the topics it consumes, and joins only consumer
 * groups named after it (`<service>`, `<service>-replay-…`); an agency reads the topics published
 * to agencies in groups named after it. Everything else is refused, since no ACL allows it.
 */
export function kafkaAccessPlan(options: KafkaAccessOptions): KafkaAccessPlan {
  const topic = (name: string): string => physicalTopic(options.topicPrefix, name);
  const plan: KafkaAccessPlan = {
    topics: [
      ...TOPIC_CATALOGUE.map((entry) => topic(entry.name)),
      ...options.services.map((service) => topic(deadLetterTopicFor(service))),
    ],
    grants: [],
  };
  for (const service of options.services) {
    const principal = principalOf(service);
    for (const written of topicsWrittenBy(service)) {
      plan.grants.push(
        ...grants(principal, 'topic', topic(written), 'literal', ['WRITE', 'DESCRIBE', 'CREATE']),
      );
    }
    for (const read of SERVICE_SUBSCRIPTIONS[service]) {
      plan.grants.push(...grants(principal, 'topic', topic(read), 'literal', ['READ', 'DESCRIBE']));
    }
    // Its dead-letter topics (one per consumer group it runs), which it also reads back.
    const deadLetters = topic(deadLetterTopicFor(service));
    plan.grants.push(
      ...grants(principal, 'topic', deadLetters.replace(/\.v1$/, ''), 'prefixed', [
        'WRITE',
        'READ',
        'DESCRIBE',
        'CREATE',
      ]),
      ...grants(principal, 'group', topic(service), 'prefixed', ['READ', 'DESCRIBE']),
    );
  }
  for (const agency of options.agencies) {
    const principal = principalOf(agency);
    for (const published of topicsPublishedToAgencies()) {
      plan.grants.push(
        ...grants(principal, 'topic', topic(published), 'literal', ['READ', 'DESCRIBE']),
      );
    }
    plan.grants.push(
      ...grants(principal, 'group', topic(agency), 'prefixed', ['READ', 'DESCRIBE']),
    );
  }
  return plan;
}
