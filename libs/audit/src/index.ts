export * from './audit-entry';
export * from './audit-trail.service';
export * from './personal-data-access';
export * from './personal-data-access-log.service';
