import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { TestRun } from '@libs/testing';

import { BoxOpeningRecord } from '../src/openings/infrastructure/box-opening.schema';
import { openDeskBox, startFeedback } from './support';

// Monday 16 March 2026, 09:00 in Vietnam.
const START = new Date('2026-03-16T02:00:00Z');

/**
 * The chairman's weekly reception day (Luật Tiếp công dân 2013 Art. 15(2)(d)) scheduled and
 * checked, and box openings with their witnesses and minutes.
 */
describe('feedback: reception schedule and witnessed box openings over HTTP and the store', () => {
  const run = new TestRun();
  const { authority } = run;
  const clock = new ManualClock(START);
  let app: INestApplication;
  let openings: Model<BoxOpeningRecord>;
  let officer: string;
  let leader: string;

  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });
    app = await startFeedback(run, { options: { clock } });
    openings = app.get(getModelToken(BoxOpeningRecord.name));
  });

  afterAll(() => run.cleanUp());

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
    const boxId = await openDeskBox(app, officer);
    const open = (body: object) =>
      http()
        .post(`/v1/suggestion-boxes/${boxId}/openings`)
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
