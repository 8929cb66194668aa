import 'reflect-metadata';

import { kafkaSecurityFrom, validateEnvironment } from '@libs/config';
import { createServiceApp } from '@libs/service-kit';

import { ReportingEnvironment } from '../config/reporting.environment';
import { waitUntilCaughtUp } from '../projections/application/wait-until-caught-up';
import { ConsumerLagReader } from '../projections/infrastructure/consumer-lag.reader';
import { resetProjection } from '../projections/infrastructure/projection-reset';
import { ReportingModule } from '../reporting.module';

/**
 * `npm run reporting:rebuild` (after `npm run build`, with the reporting service stopped):
 * empties the projections, deletes the consumer group and reconsumes every topic from the
 * beginning as a fresh group until nothing is left, then exits; start the service again.
 */
async function main(): Promise<void> {
  // An entry point like main.ts: it hands process.env to the validator.
  // eslint-disable-next-line no-restricted-syntax
  const environment = validateEnvironment(ReportingEnvironment, process.env);
  const groupId = environment.KAFKA_GROUP_ID || 'reporting';
  const { removedDays } = await resetProjection({
    mongoUrl: environment.MONGO_URL,
    mongoDb: environment.MONGO_DB,
    brokers: environment.KAFKA_BROKERS,
    kafkaSecurity: kafkaSecurityFrom(environment),
    groupId,
  });
  process.stdout.write(
    `reporting: removed ${removedDays} commune-day buckets and the offsets of group ${groupId}; reconsuming from the beginning\n`,
  );
  const app = await createServiceApp(ReportingModule.register(environment), environment, {
    name: 'reporting',
    title: 'reporting rebuild',
    description: 'rebuild',
  });
  try {
    const lagReader = app.get(ConsumerLagReader);
    await waitUntilCaughtUp(() => lagReader.lag(), {
      timeoutMs: environment.REPORTING_REBUILD_TIMEOUT_MS,
      intervalMs: 1000,
      onProgress: (lag) => process.stdout.write(`reporting: ${lag} records left\n`),
    });
  } finally {
    await app.close();
  }
  process.stdout.write('reporting: rebuilt; start the service again\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
