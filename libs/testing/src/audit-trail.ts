import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

/**
 * The actions a service's audit trail holds about one record, sorted: what a commune leader
 * reads there (`query` names the commune, and any other filter or limit).
 */
export async function auditedActions(
  app: INestApplication,
  authorization: string,
  query: string,
  recordId: string,
): Promise<string[]> {
  const trail = await request(app.getHttpServer() as Server)
    .get(`/v1/audit-trail?${query}`)
    .set('Authorization', authorization);
  return (trail.body as { recordId: string; action: string }[])
    .filter((row) => row.recordId === recordId)
    .map((row) => row.action)
    .sort();
}
