export * from './service-environment';
export * from './validate-environment';
export * from './trusted-issuers';
export * from './trusted-proxies';
export * from './kafka-environment';
