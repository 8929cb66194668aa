export * from './bootstrap/start-service';
export * from './errors/http-error.filter';
export * from './http/calendar-date.validator';
export * from './http/code.validators';
export * from './http/mailbox-address.validator';
export * from './http/no-store.interceptor';
export * from './http/validation.pipe';
export * from './service-kit.module';
