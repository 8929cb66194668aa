import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { KafkaEnvironment, kafkaSecurityFrom, validateEnvironment } from '@libs/config';
import { SERVICE_SUBSCRIPTIONS, ServiceName } from '@libs/contracts';

import { applyKafkaAccess } from '../access/apply-kafka-access';
import { kafkaAccessPlan } from '../access/kafka-access-plan';
import { createKafka } from '../kafka/kafka-connection';

const USAGE = `Creates the platform's topics and writes the broker's ACLs from the event catalogue.

  npm run kafka:access [-- --agency <principal> ...] [--dry-run]

  --agency   a read-only principal of another agency (repeatable): it may read the topics
             published to agencies, in consumer groups whose names start with its own
  --dry-run  print the plan; change nothing

Each service may write only its own topics and dead-letter topics and read only what it
consumes (docs/event-flows.md); grants of those principals that the plan no longer holds are
revoked. Run it as an operator's principal (a super user): KAFKA_BROKERS, KAFKA_SASL_MECHANISM,
KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD, KAFKA_TOPIC_PREFIX (deploy/local/infra.sh env prints them).`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      agency: { type: 'string', multiple: true, default: [] },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const agencies = values.agency ?? [];
  const invalid = agencies.filter((agency) => !/^[a-z0-9-]{2,60}$/.test(agency));
  if (invalid.length > 0) {
    throw new Error(`--agency ${invalid.join(', ')}: use lower-case letters, digits and -`);
  }
  // an entry point: it hands the environment to the validator, as the services' main.ts do
  // eslint-disable-next-line no-restricted-syntax
  const environment = validateEnvironment(KafkaEnvironment, process.env);
  const plan = kafkaAccessPlan({
    services: Object.keys(SERVICE_SUBSCRIPTIONS) as ServiceName[],
    agencies,
    topicPrefix: environment.KAFKA_TOPIC_PREFIX,
  });
  if (values['dry-run']) {
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    return;
  }
  const admin = createKafka(
    `kafka-access-${process.pid}`,
    environment.KAFKA_BROKERS,
    kafkaSecurityFrom(environment),
  ).admin();
  await admin.connect();
  try {
    const result = await applyKafkaAccess(admin, plan, {
      topicPrefix: environment.KAFKA_TOPIC_PREFIX,
      partitions: environment.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: environment.KAFKA_REPLICATION_FACTOR,
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await admin.disconnect();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
  process.exitCode = 1;
});
