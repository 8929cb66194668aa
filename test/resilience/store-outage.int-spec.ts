import { performance } from 'node:perf_hooks';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { TOPICS } from '@libs/contracts';
import {
  eventually,
  KafkaProbe,
  PrivateStore,
  STORE_BUILD_TIMEOUT_MS,
  TestRun,
} from '@libs/testing';

import { START_SERVICE } from '../support/services';

const birthForm = (childName: string) => ({
  communeCode: '14797',
  child: { fullName: childName, dateOfBirth: '2026-11-20', sex: 'male' },
  father: { fullName: 'Nguyễn Văn An' },
  mother: { fullName: 'Trần Thị Bình' },
  address: { line: 'Số 12, phố Trần Phú' },
});

/**
 * The store goes away under a running service (its own copy of the embedded store, killed
 * with -9) and comes back. Meanwhile every route answers 503 with Retry-After and the
 * error shape, not 500; afterwards the service serves again without a restart, and what it
 * acknowledged before the crash is still there.
 */
describe('a service while its store is down and after it returns', () => {
  const run = new TestRun();
  const { authority, brokers } = run;
  const store = new PrivateStore('store-outage');
  const probe = new KafkaProbe(brokers);
  let app: INestApplication;
  let officer = '';
  let acknowledged = '';

  const register = (childName: string) =>
    request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .set('Authorization', officer)
      .send(birthForm(childName));
  const read = (id: string) =>
    request(app.getHttpServer()).get(`/v1/birth-registrations/${id}`).set('Authorization', officer);

  beforeAll(async () => {
    await store.start();
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    app = await START_SERVICE.intake(run, {
      settings: { MONGO_URL: store.url },
    });
    await probe.start([run.topic(TOPICS.civilStatus)]);
  }, STORE_BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await probe.stop();
    await run.cleanUp();
    await store.remove();
  });

  it('should keep what it acknowledged before the store went down', async () => {
    const registered = await register('Nguyễn Minh Khôi');
    expect(registered.status).toBe(201);
    acknowledged = registered.body.registrationId;
  });

  it('should answer 503 with Retry-After within 1 s on reads and writes while the store is down', async () => {
    await store.kill();

    const timed = async (call: () => request.Test) => {
      const started = performance.now();
      const answer = await call();
      return { answer, ms: performance.now() - started };
    };
    const reading = await timed(() => read(acknowledged));
    const writing = await timed(() => register('Nguyễn Minh Khang'));
    const ready = await request(app.getHttpServer()).get('/health/ready');

    // MONGO_UNAVAILABLE_AFTER_MS (800 ms) bounds the wait; the review measured 500 after 5 s.
    expect(reading.ms).toBeLessThan(1000);
    expect(writing.ms).toBeLessThan(1000);
    for (const { answer } of [reading, writing]) {
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('5');
      expect(answer.body).toMatchObject({
        statusCode: 503,
        code: 'STORE.UNAVAILABLE',
        message: 'Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít phút.',
      });
    }
    expect(ready.status).toBe(503);
  });

  it('should serve again once the store is back, without a restart, with nothing lost', async () => {
    await store.start();

    const back = await eventually(
      async () => {
        const answer = await read(acknowledged);
        return answer.status === 200 ? answer : undefined;
      },
      { description: 'intake reads again' },
    );
    expect(back.body).toMatchObject({ registrationId: acknowledged, communeCode: '14797' });
    const registered = await register('Nguyễn Minh Khang');
    expect(registered.status).toBe(201);
    const id: string = registered.body.registrationId;
    const published = await eventually(() => probe.find((record) => record.key === id), {
      description: 'the new registration published after the outage',
    });
    expect(published.headers.ce_type).toBe('birth.registered.v1');
    // acknowledged before the outage: the relay's sweep may publish it after the new one
    await eventually(() => probe.find((record) => record.key === acknowledged), {
      description: 'the registration acknowledged before the outage published',
    });
  });
});
