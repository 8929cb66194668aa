import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';

import { BIRTH_REGISTERED_V1, EventEnvelope, toKafkaRecord, TOPICS } from '@libs/contracts';
import {
  aclEntryOf,
  applyKafkaAccess,
  deadLetterTopicFor,
  EventFactory,
  kafkaAccessPlan,
  KafkaEventServer,
  MessagingOptions,
} from '@libs/messaging';
import { eventually, REPOSITORY_ROOT, testInfrastructure, testKafka } from '@libs/testing';

/** A principal's password, as deploy/local/infra.sh keeps it for the local broker. */
function passwordOf(principal: string): string {
  const exported = execFileSync(
    'bash',
    [join(REPOSITORY_ROOT, 'deploy', 'local', 'infra.sh'), 'env', '--as', principal],
    { encoding: 'utf8' },
  );
  const password = /^export KAFKA_SASL_PASSWORD=(\S+)$/m.exec(exported)?.[1];
  if (!password) {
    throw new Error(`infra.sh env --as ${principal} printed no password`);
  }
  return password;
}

describe('the broker lets each principal do only what the catalogue allows', () => {
  const { kafkaBrokers, kafkaSecurity } = testInfrastructure();
  const brokers = kafkaBrokers.split(',');
  const prefix = `it-acl-${randomUUID().slice(0, 8)}.`;
  const plan = kafkaAccessPlan({
    services: ['intake', 'deadline', 'correspondence', 'survey', 'feedback', 'reporting'],
    agencies: ['agency-demo'],
    topicPrefix: prefix,
  });
  const births = `${prefix}${TOPICS.civilStatus}`;
  const petitions = `${prefix}${TOPICS.feedbackCase}`;
  const admin = testKafka(brokers, 'test-acl-admin').admin();

  const as = (principal: string, password = passwordOf(principal)): Kafka =>
    new Kafka({
      clientId: `test-acl-${principal}`,
      brokers,
      sasl: { mechanism: 'scram-sha-512', username: principal, password },
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });

  const send = async (kafka: Kafka, topic: string, value: string): Promise<void> => {
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages: [{ key: 'k', value }] });
    } finally {
      await producer.disconnect();
    }
  };

  /**
   * Reads a topic from the beginning until `count` records arrived, in the given group; rejects
   * with the broker's refusal, which kafkajs reports as a consumer crash.
   */
  const read = async (kafka: Kafka, groupId: string, topic: string, count: number) => {
    const consumer = kafka.consumer({ groupId, retry: { retries: 0 } });
    const values: string[] = [];
    const refused = new Promise<never>((_resolve, reject) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
    });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        eachMessage: ({ message }) => {
          values.push(String(message.value));
          return Promise.resolve();
        },
      });
      await Promise.race([eventually(() => (values.length >= count ? true : undefined)), refused]);
      return values;
    } finally {
      await consumer.disconnect();
    }
  };

  beforeAll(async () => {
    if (kafkaSecurity.KAFKA_SASL_MECHANISM !== 'scram-sha-512') {
      throw new Error('this suite needs the authenticated local broker (deploy/local/infra.sh)');
    }
    await admin.connect();
    await applyKafkaAccess(admin, plan, {
      topicPrefix: prefix,
      partitions: 1,
      replicationFactor: 1,
    });
  });

  afterAll(async () => {
    await admin.deleteAcls({ filters: plan.grants.map(aclEntryOf) });
    await admin.deleteTopics({ topics: plan.topics });
    await admin.disconnect();
  });

  it('should refuse a client without credentials or with a wrong password', async () => {
    const anonymous = new Kafka({
      clientId: 'test-acl-anonymous',
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });
    await expect(anonymous.admin().listTopics()).rejects.toThrow();
    await expect(as('intake', 'not-the-password').admin().listTopics()).rejects.toThrow(
      /authentication failed/i,
    );
  });

  it('should stop a forged birth from another service at the broker, so no consumer ever sees it', async () => {
    await expect(send(as('deadline'), births, 'forged by deadline')).rejects.toThrow(
      /not authorized to access topics/i,
    );
    await send(as('intake'), births, 'registered by intake');
    const seen = await read(as('correspondence'), `${prefix}correspondence`, births, 1);
    expect(seen).toEqual(['registered by intake']);
  });

  it('should let a service read only what it consumes, in groups named after it', async () => {
    await expect(read(as('survey'), `${prefix}survey`, births, 1)).rejects.toThrow(
      /not authorized to access topics/i,
    );
    // The broker refuses the group lookup (FindCoordinator); kafkajs reports it this way.
    await expect(read(as('correspondence'), `${prefix}someone-else`, births, 1)).rejects.toThrow(
      /not authorized to access group|failed to find group coordinator/i,
    );
  });

  it('should give an agency read-only access to the topics published to agencies', async () => {
    const agency = as('agency-demo');
    expect(await read(agency, `${prefix}agency-demo`, births, 1)).toEqual(['registered by intake']);
    await expect(send(agency, births, 'written by an agency')).rejects.toThrow(
      /not authorized to access topics/i,
    );
    await expect(read(agency, `${prefix}agency-demo-2`, petitions, 1)).rejects.toThrow(
      /not authorized to access topics/i,
    );
  });

  it('should bring a consumer the broker refused back by itself once its grant returns', async () => {
    const server = new KafkaEventServer({
      kafka: as('correspondence'),
      groupId: `${prefix}correspondence-restart`,
      topicPrefix: prefix,
      deadLetterTopic: deadLetterTopicFor('correspondence'),
      maxAttempts: 2,
      retryBaseMs: 10,
    });
    const handled: string[] = [];
    server.addHandler(
      BIRTH_REGISTERED_V1.type,
      (envelope: EventEnvelope) => {
        handled.push(envelope.id);
        return Promise.resolve();
      },
      true,
    );
    const readBirths = plan.grants
      .filter((grant) => grant.principal === 'User:correspondence' && grant.name === births)
      .filter((grant) => grant.operation === 'READ')
      .map(aclEntryOf);
    expect(readBirths).toHaveLength(1);
    await new Promise<void>((resolve, reject) => {
      server.listen((error) =>
        error instanceof Error
          ? reject(error)
          : error
            ? reject(new Error('listen failed'))
            : resolve(),
      );
    });
    try {
      await eventually(() => (server.consumerStatus.state === 'consuming' ? true : undefined));

      // kafkajs gives up on a consumer whose fetch is refused: it does not restart it itself
      await admin.deleteAcls({ filters: readBirths });
      await eventually(() => (server.consumerStatus.state === 'not-joined' ? true : undefined), {
        description: 'the refused consumer is not ready',
      });
      await admin.createAcls({ acl: readBirths });

      const birth = new EventFactory({ service: 'intake' } as MessagingOptions).create(
        BIRTH_REGISTERED_V1,
        {
          registrationId: randomUUID(),
          communeCode: '14797',
          provinceCode: '38',
          registeredAt: '2026-11-28T03:00:00.000Z',
          child: { fullName: 'Lê Minh An', dateOfBirth: '2026-11-20', sex: 'male' },
          mother: { fullName: 'Phạm Thị Hoa' },
          address: { line: 'Số 3, phố Lê Lợi', communeCode: '14797' },
        },
        { subject: randomUUID(), time: new Date() },
      );
      const producer = as('intake').producer({ allowAutoTopicCreation: false });
      await producer.connect();
      await producer.send({ topic: births, acks: -1, messages: [toKafkaRecord(birth)] });
      await producer.disconnect();

      await eventually(() => (handled.includes(birth.id) ? true : undefined), {
        description: 'the consumer, started again, handles a new birth',
        timeoutMs: 60_000,
      });
      expect(server.consumerStatus.state).toBe('consuming');
    } finally {
      await server.close();
    }
  });

  it('should change nothing when the access is applied again', async () => {
    const again = await applyKafkaAccess(admin, plan, {
      topicPrefix: prefix,
      partitions: 1,
      replicationFactor: 1,
    });
    expect(again).toEqual({
      createdTopics: [],
      granted: 0,
      revoked: 0,
      unchanged: plan.grants.length,
    });
  });
});
