export * from './service-environment';
export * from './validate-environment';
export * from './trusted-issuers';
