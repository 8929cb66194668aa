import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { TOPICS } from '@libs/contracts';
import { eventually, TestAuthority, TestRun } from '@libs/testing';

import { BirthRegistrationRecord } from '../src/birth-registration/infrastructure/birth-registration.schema';
import { startIntake } from './support';

const validForm = () => ({
  communeCode: '14797',
  child: { fullName: 'Nguyễn  Minh Khôi ', dateOfBirth: '2026-11-20', sex: 'male' },
  father: { fullName: 'Nguyễn Văn An' },
  mother: { fullName: 'Trần Thị Bình' },
  address: { line: 'Số 12, phố Trần Phú' },
});

describe('intake: birth registration over HTTP, Kafka and the store', () => {
  const run = new TestRun();
  const { authority, prefix } = run;
  const probe = run.probe();
  let app: INestApplication;
  let registrations: Model<BirthRegistrationRecord>;
  let officer: string;
  const post = (body: unknown, authorization = officer) =>
    request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .set('Authorization', authorization)
      .send(body as object);
  const get = (id: string, authorization = officer) =>
    request(app.getHttpServer())
      .get(`/v1/birth-registrations/${id}`)
      .set('Authorization', authorization);

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    app = await startIntake(run, { settings: { HTTP_BODY_LIMIT: '16kb' } });
    registrations = app.get(getModelToken(BirthRegistrationRecord.name));
    await probe.start([`${prefix}${TOPICS.civilStatus}`]);
  });

  afterAll(() => run.cleanUp());

  it('should register a birth, return it, and publish birth.registered.v1 through the broker', async () => {
    const response = await post(validForm());

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      communeCode: '14797',
      communeName: 'Phường Hạc Thành',
      child: { fullName: 'Nguyễn Minh Khôi', dateOfBirth: '2026-11-20', sex: 'male' },
      address: { line: 'Số 12, phố Trần Phú', communeCode: '14797' },
    });
    const id: string = response.body.registrationId;
    const read = await get(id);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(response.body);

    const record = await eventually(() => probe.find((r) => r.key === id), {
      description: 'birth.registered.v1 on the broker',
    });
    expect(record.headers).toMatchObject({
      ce_type: 'birth.registered.v1',
      ce_subject: id,
      ce_communecode: '14797',
    });
    expect(JSON.parse(record.value ?? '{}')).toMatchObject({
      registrationId: id,
      provinceCode: '38',
      father: { fullName: 'Nguyễn Văn An' },
      mother: { fullName: 'Trần Thị Bình' },
    });
  });

  it('should refuse a malformed form with a message per field and store nothing', async () => {
    const before = await registrations.countDocuments().exec();
    const form = {
      ...validForm(),
      communeCode: '147',
      nickname: 'Bé Bi',
      child: { fullName: 'Khôi', dateOfBirth: '20/11/2026' },
    };

    const response = await post(form);

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('REQUEST.INVALID');
    const fields = (response.body.errors as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining(['communeCode', 'nickname', 'child.dateOfBirth', 'child.sex']),
    );
    expect(await registrations.countDocuments().exec()).toBe(before);
  });

  it('should refuse a birth in the future, an unknown commune and a form without parents', async () => {
    const before = await registrations.countDocuments().exec();
    const form = {
      ...validForm(),
      communeCode: '99999',
      child: { fullName: 'Khôi', dateOfBirth: '2999-01-01', sex: 'male' },
      father: undefined,
      mother: undefined,
    };

    const response = await post(form);

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('BIRTH.INVALID');
    const fields = (response.body.errors as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['communeCode', 'child.dateOfBirth', 'father']));
    expect(await registrations.countDocuments().exec()).toBe(before);
  });

  it('should create one registration for a request sent twice with the same Idempotency-Key', async () => {
    const key = `counter-${randomUUID()}`;
    const first = await post(validForm()).set('Idempotency-Key', key);
    const again = await post(validForm()).set('Idempotency-Key', key);
    const altered = await post({ ...validForm(), address: { line: 'Nơi khác' } }).set(
      'Idempotency-Key',
      key,
    );

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.registrationId).toBe(first.body.registrationId);
    expect(altered.status).toBe(409);
    expect(altered.body.code).toBe('REQUEST.IDEMPOTENCY_KEY_REUSED');
    expect(
      await registrations.countDocuments({ requestKey: `officer-14797:14797:${key}` }).exec(),
    ).toBe(1);
  });

  it('should answer an oversized body with 413 and broken JSON with 400', async () => {
    const oversized = await post({ ...validForm(), address: { line: 'x'.repeat(20_000) } });
    const broken = await request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .set('Authorization', officer)
      .set('content-type', 'application/json')
      .send('{"communeCode": ');

    expect(oversized.status).toBe(413);
    expect(oversized.body.code).toBe('REQUEST.TOO_LARGE');
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('REQUEST.MALFORMED');
  });

  it('should answer 404 for an unknown registration and 400 for an id that is not a UUID', async () => {
    expect((await get(randomUUID())).status).toBe(404);
    expect((await get('abc')).status).toBe(400);
  });

  it('should keep each commune to its own records: another commune’s officer neither reads nor writes them', async () => {
    const created = await post(validForm());
    const neighbour = await authority.bearer({ roles: ['officer'], communes: ['14800'] });
    const before = await registrations.countDocuments().exec();

    const read = await get(created.body.registrationId, neighbour);
    const written = await post(validForm(), neighbour);

    expect(read.status).toBe(404);
    expect(written.status).toBe(403);
    expect(written.body.code).toBe('TENANCY.FORBIDDEN');
    expect(await registrations.countDocuments().exec()).toBe(before);
  });

  it('should let the province read but not register, and record who registered in the audit trail', async () => {
    const created = await post(validForm());
    const provinceOfficer = await authority.bearer({ roles: ['province'], province: '38' });
    const otherProvince = await authority.bearer({ roles: ['province'], province: '01' });
    const leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });

    expect((await get(created.body.registrationId, provinceOfficer)).status).toBe(200);
    expect((await get(created.body.registrationId, otherProvince)).status).toBe(404);
    expect((await post(validForm(), provinceOfficer)).status).toBe(403);
    const trail = await request(app.getHttpServer())
      .get('/v1/audit-trail?communeCode=14797')
      .set('Authorization', leader);
    expect(trail.status).toBe(200);
    expect(trail.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recordId: created.body.registrationId,
          actor: 'officer-14797',
          action: 'birth.registered',
        }),
      ]),
    );
    const outsider = await request(app.getHttpServer())
      .get('/v1/audit-trail?communeCode=14797')
      .set('Authorization', await authority.bearer({ roles: ['leader'], communes: ['14800'] }));
    expect(outsider.status).toBe(403);
  });

  it('should refuse missing, forged and expired tokens with 401 and store nothing', async () => {
    const before = await registrations.countDocuments().exec();
    const forger = new TestAuthority();
    const forged = await forger.bearer({ roles: ['officer'], communes: ['14797'] });
    const expired = await authority.bearer({
      roles: ['officer'],
      communes: ['14797'],
      issuedAt: new Date(Date.now() - 3 * 3600_000),
      expiresInSeconds: 3600,
    });
    const wrongIssuer = await authority.bearer({
      roles: ['officer'],
      communes: ['14797'],
      issuer: 'elsewhere',
    });

    const answers = await Promise.all([
      request(app.getHttpServer()).post('/v1/birth-registrations').send(validForm()),
      post(validForm(), forged),
      post(validForm(), expired),
      post(validForm(), wrongIssuer),
      post(validForm(), 'Bearer not-a-token'),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
    expect(answers[0]?.body.code).toBe('AUTH.TOKEN_REQUIRED');
    expect(answers[1]?.body.code).toBe('AUTH.TOKEN_INVALID');
    expect(await registrations.countDocuments().exec()).toBe(before);
  });
});
