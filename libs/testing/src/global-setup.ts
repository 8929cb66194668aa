import { localInfrastructureRunning, startLocalInfrastructure } from './infrastructure';

interface StartedContainer {
  stop(): Promise<unknown>;
}

declare global {
  var __TEST_CONTAINERS__: StartedContainer[] | undefined;
  var __TEST_LOCAL_INFRA_STARTED__: boolean | undefined;
}

async function dockerEngineAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the real Kafka and MongoDB-compatible store for the integration tests, in this
 * order: KAFKA_BROKERS/MONGO_URL if set; testcontainers if a Docker engine answers;
 * otherwise the project's own deploy/local Kafka and embedded store.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.KAFKA_BROKERS && process.env.MONGO_URL) {
    process.stdout.write(
      `\nUsing Kafka ${process.env.KAFKA_BROKERS} and ${process.env.MONGO_URL}\n`,
    );
    return;
  }
  if (await dockerEngineAnswers()) {
    const { KafkaContainer } = await import('@testcontainers/kafka');
    const { MongoDBContainer } = await import('@testcontainers/mongodb');
    const [kafka, mongo] = await Promise.all([
      new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start(),
      new MongoDBContainer('mongo:7.0').start(),
    ]);
    globalThis.__TEST_CONTAINERS__ = [kafka, mongo];
    process.env.KAFKA_BROKERS = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
    process.env.MONGO_URL = `${mongo.getConnectionString()}/?directConnection=true`;
    process.stdout.write(`\nStarted Kafka and MongoDB with testcontainers\n`);
    return;
  }
  // Left running if it was running before (a developer's session); stopped if we started it.
  globalThis.__TEST_LOCAL_INFRA_STARTED__ = !localInfrastructureRunning();
  const infrastructure = startLocalInfrastructure();
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.MONGO_URL = infrastructure.mongoUrl;
  Object.assign(process.env, infrastructure.kafkaSecurity);
}
