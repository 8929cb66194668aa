import { Logger } from '@nestjs/common';
import { Kafka, LogEntry, logLevel } from 'kafkajs';

import { KafkaSecurity } from '@libs/config';

const LEVEL_NAMES: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs logs through Nest's logger, so its lines are JSON with the rest. */
function kafkaLogCreator() {
  return ({ namespace, level, log }: LogEntry): void => {
    const { message, ...extra } = log;
    const logger = new Logger(`kafkajs:${namespace}`);
    logger[LEVEL_NAMES[level] ?? 'log'](`${message} ${JSON.stringify(extra)}`);
  };
}

export function createKafka(clientId: string, brokers: string[], security: KafkaSecurity): Kafka {
  return new Kafka({
    clientId,
    brokers,
    ...security,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator,
    retry: { initialRetryTime: 200, retries: 10 },
  });
}
