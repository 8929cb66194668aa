import { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { serviceStarter } from '@libs/testing';

import { FeedbackEnvironment } from '../src/config/feedback.environment';
import { FeedbackModule } from '../src/feedback.module';

/** Starts feedback as main.ts does, on the run's own database and topics. */
export const startFeedback = serviceStarter('feedback', FeedbackEnvironment, FeedbackModule);

/** Sets up the one-stop desk's suggestion box in Phường Hạc Thành and returns its id. */
export async function openDeskBox(app: INestApplication, officer: string): Promise<string> {
  const box = await request(app.getHttpServer() as Server)
    .post('/v1/suggestion-boxes')
    .set('Authorization', officer)
    .send({
      communeCode: '14797',
      name: 'Hòm thư Bộ phận một cửa',
      locationKind: 'one-stop-desk',
      address: 'Trụ sở UBND phường Hạc Thành',
    });
  expect(box.status).toBe(201);
  return (box.body as { boxId: string }).boxId;
}
