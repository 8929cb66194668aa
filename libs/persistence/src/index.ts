export * from './commune-owned.schema';
export * from './compact';
export * from './contact.schema';
export * from './duplicate-key';
export * from './insert-once';
export * from './store-unavailable';
export * from './tenant-filter';
