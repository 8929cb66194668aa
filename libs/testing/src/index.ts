export * from './collection-scans';
export * from './embedded-store';
export * from './eventually';
export * from './infrastructure';
export * from './kafka-probe';
export * from './query-plans';
export * from './test-authority';
export * from './service-processes';
