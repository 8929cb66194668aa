export * from './bootstrap/start-service';
export * from './errors/http-error.filter';
export * from './http/validation.pipe';
export * from './service-kit.module';
