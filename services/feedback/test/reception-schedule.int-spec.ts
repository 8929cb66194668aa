import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { validateEnvironment } from '@libs/config';
import { physicalTopic, TOPIC_CATALOGUE } from '@libs/contracts';
import { deadLetterTopicFor, ensureTopics } from '@libs/messaging';
import { createServiceApp } from '@libs/service-kit';
import { KafkaProbe, TestAuthority, testInfrastructure } from '@libs/testing';

import { FeedbackEnvironment } from '../src/config/feedback.environment';
import { FeedbackModule } from '../src/feedback.module';
import { BoxOpeningRecord } from '../src/openings/infrastructure/box-opening.schema';

// Monday 16 March 2026, 09:00 in Vietnam.
const START = new Date('2026-03-16T02:00:00Z');

/**
 * The chairman's weekly reception day (Luật Tiếp công dân 2013 Art. 15(2)(d)) scheduled and
 * checked, and box openings with their witnesses and minutes.
 */
describe('feedback: reception schedule and witnessed box openings over HTTP and the store', () => {
  const { kafkaBrokers, mongoUrl } = testInfrastructure();
  const run = randomUUID().slice(0, 8);
  const prefix = `it-${run}.`;
  const probe = new KafkaProbe(kafkaBrokers.split(','));
  const authority = new TestAuthority();
  const clock = new ManualClock(START);
  let app: INestApplication;
  let openings: Model<BoxOpeningRecord>;
  let officer: string;
  let leader: string;

  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    const admin = probe.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(
        admin,
        [
          ...TOPIC_CATALOGUE.map((topic) => physicalTopic(prefix, topic.name)),
          physicalTopic(prefix, deadLetterTopicFor(`feedback-${run}`)),
        ],
        { partitions: 3, replicationFactor: 1 },
      );
    } finally {
      await admin.disconnect();
    }
    const environment = validateEnvironment(FeedbackEnvironment, {
      KAFKA_BROKERS: kafkaBrokers,
      MONGO_URL: mongoUrl,
      MONGO_DB: `it_feedback_schedule_${run}`,
      KAFKA_TOPIC_PREFIX: prefix,
      KAFKA_GROUP_ID: `feedback-${run}`,
      LOG_LEVEL: 'silent',
      ...authority.environment,
    });
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });
    app = await createServiceApp(FeedbackModule.register(environment, { clock }), environment, {
      name: 'feedback',
      title: 'feedback',
      description: 'test',
    });
    await app.init();
    openings = app.get(getModelToken(BoxOpeningRecord.name));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('should schedule Thursdays and flag the week whose Thursday passed without a reception', async () => {
    const schedule = (body: object, authorization = leader) =>
      http().put('/v1/reception-schedules/14797').set('Authorization', authorization).send(body);
    const thursdays = {
      weekdays: [4],
      startTime: '08:00',
      endTime: '11:00',
      place: 'Phòng tiếp công dân, trụ sở UBND phường',
      effectiveFrom: '2026-03-02',
    };
    const none = await schedule({ ...thursdays, weekdays: [] });
    const byOfficer = await schedule(thursdays, officer);
    const unset = await http().get('/v1/reception-schedules/14797').set('Authorization', officer);
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('RECEPTION_SCHEDULE.INVALID');
    expect(JSON.stringify(none.body)).toContain('Điều 15');
    expect(byOfficer.status).toBe(403);
    expect(unset.status).toBe(404);

    const set = await schedule(thursdays);
    expect(set.status).toBe(200);
    expect(set.body.notice).toBe(
      'Thứ Năm hằng tuần, từ 08:00 đến 11:00, tại Phòng tiếp công dân, trụ sở UBND phường',
    );

    const held = await http().post('/v1/receptions').set('Authorization', leader).send({
      communeCode: '14797',
      kind: 'reception',
      heldOn: '2026-03-05',
      leaderName: 'Nguyễn Văn Hải, Chủ tịch UBND phường',
      citizenCount: 3,
      issues: [],
    });
    expect(held.status).toBe(201);
    const weeks = await http()
      .get('/v1/reception-compliance')
      .query({ communeCode: '14797', from: '2026-03-02', to: '2026-03-15' })
      .set('Authorization', officer);
    expect(weeks.status).toBe(200);
    expect(weeks.body).toEqual([
      expect.objectContaining({
        weekStart: '2026-03-02',
        status: 'held',
        scheduledOn: ['2026-03-05'],
        missedScheduledDays: [],
      }),
      expect.objectContaining({
        weekStart: '2026-03-09',
        status: 'missed',
        scheduledOn: ['2026-03-12'],
        missedScheduledDays: ['2026-03-12'],
      }),
    ]);
  });

  it('should record a box opening’s witnesses and minutes, and refuse a nameless witness', async () => {
    const box = await http().post('/v1/suggestion-boxes').set('Authorization', officer).send({
      communeCode: '14797',
      name: 'Hòm thư Bộ phận một cửa',
      locationKind: 'one-stop-desk',
      address: 'Trụ sở UBND phường Hạc Thành',
    });
    expect(box.status).toBe(201);
    const open = (body: object) =>
      http()
        .post(`/v1/suggestion-boxes/${box.body.boxId}/openings`)
        .set('Authorization', officer)
        .send({ openedOn: '2026-03-16', officersPresent: ['Lê Văn Minh'], letters: [], ...body });

    const nameless = await open({
      witnesses: [{ fullName: '', organisation: 'fatherland-front' }],
    });
    const badOrganisation = await open({ witnesses: [{ fullName: 'A', organisation: 'party' }] });
    expect(nameless.status).toBe(400);
    expect(badOrganisation.status).toBe(400);
    expect(await openings.countDocuments({}).exec()).toBe(0);

    const unwitnessed = await open({});
    expect(unwitnessed.status).toBe(201);
    expect(unwitnessed.body).toMatchObject({ witnesses: [], witnessedByFatherlandFront: false });

    const witnessed = await open({
      witnesses: [
        {
          fullName: 'Nguyễn Văn Tám',
          organisation: 'fatherland-front',
          position: 'Phó Chủ tịch Ủy ban MTTQ phường',
        },
      ],
      minutes: { number: '03/BB-MHT', summary: 'Niêm phong còn nguyên; hòm thư không có thư.' },
    });
    expect(witnessed.status).toBe(201);
    expect(witnessed.body).toMatchObject({
      witnessedByFatherlandFront: true,
      witnesses: [{ organisationName: 'Ủy ban Mặt trận Tổ quốc Việt Nam' }],
      minutes: { number: '03/BB-MHT' },
    });
    const read = await http()
      .get(`/v1/box-openings/${witnessed.body.openingId}`)
      .set('Authorization', officer);
    expect(read.body.minutes.summary).toBe('Niêm phong còn nguyên; hòm thư không có thư.');
  });
});
