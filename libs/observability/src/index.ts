export * from './correlation-context';
export * from './correlation.middleware';
export * from './logger.module';
export * from './personal-data-redaction';
