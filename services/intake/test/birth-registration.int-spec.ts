import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { validateEnvironment } from '@libs/config';
import { TOPICS } from '@libs/contracts';
import { createServiceApp } from '@libs/service-kit';
import { eventually, KafkaProbe, testInfrastructure } from '@libs/testing';
import { Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { BirthRegistrationRecord } from '../src/birth-registration/infrastructure/birth-registration.schema';
import { IntakeEnvironment } from '../src/config/intake.environment';
import { IntakeModule } from '../src/intake.module';

const validForm = () => ({
  communeCode: '14797',
  child: { fullName: 'Nguyễn  Minh Khôi ', dateOfBirth: '2026-11-20', sex: 'male' },
  father: { fullName: 'Nguyễn Văn An' },
  mother: { fullName: 'Trần Thị Bình' },
  address: { line: 'Số 12, phố Trần Phú' },
});

describe('intake: birth registration over HTTP, Kafka and the store', () => {
  const { kafkaBrokers, mongoUrl } = testInfrastructure();
  const run = randomUUID().slice(0, 8);
  const prefix = `it-${run}.`;
  const probe = new KafkaProbe(kafkaBrokers.split(','));
  let app: INestApplication;
  let registrations: Model<BirthRegistrationRecord>;

  beforeAll(async () => {
    const environment = validateEnvironment(IntakeEnvironment, {
      KAFKA_BROKERS: kafkaBrokers,
      MONGO_URL: mongoUrl,
      MONGO_DB: `it_intake_${run}`,
      KAFKA_TOPIC_PREFIX: prefix,
      LOG_LEVEL: 'silent',
      HTTP_BODY_LIMIT: '16kb',
    });
    app = await createServiceApp(IntakeModule.register(environment), environment, {
      name: 'intake',
      title: 'intake',
      description: 'test',
    });
    await app.init();
    registrations = app.get(getModelToken(BirthRegistrationRecord.name));
    await probe.start([`${prefix}${TOPICS.civilStatus}`]);
  });

  afterAll(async () => {
    await probe.stop();
    await app?.close();
  });

  it('should register a birth, return it, and publish birth.registered.v1 through the broker', async () => {
    const response = await request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .send(validForm());

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      communeCode: '14797',
      communeName: 'Phường Hạc Thành',
      child: { fullName: 'Nguyễn Minh Khôi', dateOfBirth: '2026-11-20', sex: 'male' },
      address: { line: 'Số 12, phố Trần Phú', communeCode: '14797' },
    });
    const id: string = response.body.registrationId;
    const read = await request(app.getHttpServer()).get(`/v1/birth-registrations/${id}`);
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

    const response = await request(app.getHttpServer()).post('/v1/birth-registrations').send(form);

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

    const response = await request(app.getHttpServer()).post('/v1/birth-registrations').send(form);

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('BIRTH.INVALID');
    const fields = (response.body.errors as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['communeCode', 'child.dateOfBirth', 'father']));
    expect(await registrations.countDocuments().exec()).toBe(before);
  });

  it('should create one registration for a request sent twice with the same Idempotency-Key', async () => {
    const key = `counter-${randomUUID()}`;
    const first = await request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .set('Idempotency-Key', key)
      .send(validForm());
    const again = await request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .set('Idempotency-Key', key)
      .send(validForm());
    const altered = await request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .set('Idempotency-Key', key)
      .send({ ...validForm(), address: { line: 'Nơi khác' } });

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.registrationId).toBe(first.body.registrationId);
    expect(altered.status).toBe(409);
    expect(altered.body.code).toBe('REQUEST.IDEMPOTENCY_KEY_REUSED');
    expect(await registrations.countDocuments({ requestKey: key }).exec()).toBe(1);
  });

  it('should answer an oversized body with 413 and broken JSON with 400', async () => {
    const oversized = await request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .send({ ...validForm(), address: { line: 'x'.repeat(20_000) } });
    const broken = await request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .set('content-type', 'application/json')
      .send('{"communeCode": ');

    expect(oversized.status).toBe(413);
    expect(oversized.body.code).toBe('REQUEST.TOO_LARGE');
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('REQUEST.MALFORMED');
  });

  it('should answer 404 for an unknown registration and 400 for an id that is not a UUID', async () => {
    expect(
      (await request(app.getHttpServer()).get(`/v1/birth-registrations/${randomUUID()}`)).status,
    ).toBe(404);
    expect((await request(app.getHttpServer()).get('/v1/birth-registrations/abc')).status).toBe(
      400,
    );
  });
});
