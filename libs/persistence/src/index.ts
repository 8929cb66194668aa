export * from './duplicate-key';
export * from './insert-once';
