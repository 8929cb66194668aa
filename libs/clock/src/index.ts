export * from './clock';
export * from './vietnam-time';
export * from './polling-loop';
