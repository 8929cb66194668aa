export * from './service-environment';
export * from './validate-environment';
