export * from './clock';
export * from './vietnam-time';
