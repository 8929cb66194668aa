export * from './eventually';
export * from './infrastructure';
export * from './kafka-probe';
export * from './test-authority';
export * from './service-processes';
