import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { KafkaEnvironment, kafkaSecurityFrom, validateEnvironment } from '@libs/config';

import { createKafka } from '../kafka/kafka-connection';
import { defaultRedriveGroup, redriveDeadLetters } from '../ops/dead-letter-redrive';

const USAGE = `Sends the records of a dead-letter topic back to the topics they came from.

  npm run dlt:redrive -- --topic dead-letter.correspondence.v1 [--group <id>] [--dry-run]

  --topic    the dead-letter topic, as named on the broker (with the deployment's prefix)
  --group    the tool's consumer group on it (default dlt-redrive.<topic>); its committed
             offsets record what was re-driven, so a rerun sends only newer records
  --dry-run  list what would be re-driven; send and commit nothing

Fix the cause first (deploy the handler that knows the event, correct the reference data):
a re-driven record that fails again is dead-lettered again. Each record keeps its original
event id, so consumers apply it at most once even if it is re-driven twice.
Broker: KAFKA_BROKERS (host:port[,host:port], default 127.0.0.1:9092), as an operator's principal:
KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD (deploy/local/infra.sh env prints them).`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      topic: { type: 'string' },
      group: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.topic || !/^[A-Za-z0-9._-]+$/.test(values.topic)) {
    throw new Error('--topic must name the dead-letter topic (letters, digits, . _ -)');
  }
  // an entry point: it hands the environment to the validator, as the services' main.ts do
  // eslint-disable-next-line no-restricted-syntax
  const environment = validateEnvironment(KafkaEnvironment, process.env);
  const summary = await redriveDeadLetters({
    kafka: createKafka(
      `dlt-redrive-${process.pid}`,
      environment.KAFKA_BROKERS,
      kafkaSecurityFrom(environment),
    ),
    topic: values.topic,
    groupId: values.group ?? defaultRedriveGroup(values.topic),
    dryRun: values['dry-run'],
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
  process.exit(1);
});
