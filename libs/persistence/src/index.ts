export * from './duplicate-key';
export * from './insert-once';
export * from './store-unavailable';
