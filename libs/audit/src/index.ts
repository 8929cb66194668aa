export * from './audit-entry';
export * from './audit-trail.service';
