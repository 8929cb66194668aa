import { randomUUID } from 'node:crypto';

import { vietnamCalendarDate, vietnameseLongDate } from '@libs/clock';
import { TOPICS } from '@libs/contracts';
import { deadLetterTopicFor } from '@libs/messaging';
import {
  eventually,
  KafkaProbe,
  produceRaw,
  SERVICE_NAMES,
  ServiceName as Service,
  TestAuthority,
  testInfrastructure,
} from '@libs/testing';

import { http, WatchedServices } from './support';

/** A week old: letters go only for births registered within 60 days (Luật Hộ tịch Art. 15). */
const BORN = vietnamCalendarDate(new Date(Date.now() - 7 * 86_400_000));

const FIRST_PORT = 3101;

/**
 * The five services as separate processes, driven only over HTTP, talking only through
 * the real broker: the flow a commune office relies on, birth registered → letter drafted.
 */
describe('birth registered at the desk → congratulation letter (five processes, real broker)', () => {
  const brokers = testInfrastructure().kafkaBrokers.split(',');
  const run = randomUUID().slice(0, 8);
  const prefix = `e2e-${run}.`;
  const civilStatusTopic = `${prefix}${TOPICS.civilStatus}`;
  const probe = new KafkaProbe(brokers);
  const authority = new TestAuthority();
  let officer = '';
  let services: WatchedServices;
  const url = (service: Service, path: string): string => services.processes.url(service, path);

  beforeAll(async () => {
    services = await WatchedServices.start({ firstPort: FIRST_PORT, run, authority });
    await probe.start([civilStatusTopic]);
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
  });

  afterAll(async () => {
    await probe.stop();
    await services?.stop();
  });

  it('should serve health and API documentation from every service', async () => {
    for (const name of SERVICE_NAMES) {
      const live = await http(url(name, '/health/live'));
      const docs = await http(url(name, '/docs-json'));
      expect(live).toEqual({ status: 200, body: { status: 'ok' } });
      expect(docs.status).toBe(200);
      expect(docs.body.openapi).toMatch(/^3\./);
      expect(Object.keys(docs.body.paths)).toContain('/health/ready');
    }
  });

  it('should draft exactly one congratulation letter to the parents of a registered birth', async () => {
    const registered = await http(url('intake', '/v1/birth-registrations'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: officer },
      body: JSON.stringify({
        communeCode: '14797',
        child: { fullName: 'Lê Thảo Vy', dateOfBirth: BORN, sex: 'female' },
        father: { fullName: 'Lê Đức Thịnh' },
        mother: { fullName: 'Phạm Thị Hằng' },
        address: { line: 'Số 5, đường Lê Hoàn' },
      }),
    });
    expect(registered.status).toBe(201);
    const registrationId: string = registered.body.registrationId;

    // The event really went through the broker...
    const carried = await eventually(() => probe.find((record) => record.key === registrationId), {
      description: 'birth.registered.v1 on the broker',
    });
    expect(carried.headers.ce_type).toBe('birth.registered.v1');

    // ...and the other process, with its own database, drafted the letter from it.
    const letters = await eventually(
      async () => {
        const found = await http(
          url('correspondence', `/v1/letters?subjectKey=birth:${registrationId}`),
          { headers: { authorization: officer } },
        );
        return found.body.length > 0 ? (found.body as any[]) : undefined;
      },
      { description: 'congratulation letter' },
    );
    expect(letters).toHaveLength(1);
    const letter = letters[0];
    expect(letter).toMatchObject({
      communeCode: '14797',
      kind: 'birth-congratulation',
      recipientName: 'Ông Lê Đức Thịnh và Bà Phạm Thị Hằng',
      status: 'draft',
    });
    expect(letter.text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH');
    expect(letter.text).toContain('Kính gửi: Ông Lê Đức Thịnh và Bà Phạm Thị Hằng');
    expect(letter.text).toContain(`cháu gái Lê Thảo Vy, sinh ${vietnameseLongDate(BORN)}`);
    const byId = await http(url('correspondence', `/v1/letters/${letter.letterId}`), {
      headers: { authorization: officer },
    });
    expect(byId.body).toEqual(letter);

    // Redelivery of the same event, and a republished copy with a new event id, change nothing.
    await produceRaw(brokers, civilStatusTopic, [
      { key: registrationId, value: carried.value, headers: carried.headers },
      {
        key: registrationId,
        value: carried.value,
        headers: { ...carried.headers, ce_id: randomUUID() },
      },
    ]);
    const admin = probe.kafka.admin();
    await admin.connect();
    try {
      await services.processes.consumedEverything(admin, 'correspondence', [civilStatusTopic]);
    } finally {
      await admin.disconnect();
    }
    const after = await http(
      url('correspondence', `/v1/letters?subjectKey=birth:${registrationId}`),
      { headers: { authorization: officer } },
    );
    expect(after.body).toHaveLength(1);
    expect(after.body[0].letterId).toBe(letter.letterId);
  });

  it('should refuse a bad registration with a message per field', async () => {
    const refused = await http(url('intake', '/v1/birth-registrations'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: officer },
      body: JSON.stringify({
        communeCode: 'abc',
        child: { fullName: '', dateOfBirth: 'hôm qua', sex: 'x' },
      }),
    });
    expect(refused.status).toBe(400);
    const fields = (refused.body.errors as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'communeCode',
        'child.fullName',
        'child.dateOfBirth',
        'child.sex',
        'address',
      ]),
    );
  });

  it('should send a poison record to the correspondence dead-letter topic and stay healthy', async () => {
    const deadLetterTopic = `${prefix}${deadLetterTopicFor(`e2e-${run}-correspondence`)}`;
    const deadLetters = new KafkaProbe(brokers);
    await deadLetters.start([deadLetterTopic]);
    try {
      await produceRaw(brokers, civilStatusTopic, [
        {
          key: 'poison',
          value: '{"registrationId": 42}',
          headers: {
            ce_specversion: '1.0',
            ce_id: randomUUID(),
            ce_type: 'birth.registered.v1',
            ce_source: '/agencies/unknown',
            ce_time: new Date().toISOString(),
          },
        },
      ]);
      const dead = await eventually(() => deadLetters.find((record) => record.key === 'poison'), {
        description: 'poison record dead-lettered',
      });
      expect(dead.headers.dlq_reason).toBe('contract-violation');
      expect(dead.value).toBe('{"registrationId": 42}');
      expect((await http(url('correspondence', '/health/ready'))).status).toBe(200);
    } finally {
      await deadLetters.stop();
    }
  });

  it('should have answered every request and event through an index, never a whole collection', async () => {
    expect(await services.collectionScans()).toEqual({});
  });
});
