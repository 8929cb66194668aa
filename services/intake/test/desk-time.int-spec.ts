import { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { TestRun, vn } from '@libs/testing';

import { startIntake } from './support';

/** The desk's measured time per certification, call to end of service, against ~15 minutes. */
describe('intake: desk time per certification over HTTP and the store', () => {
  const run = new TestRun();
  const { authority } = run;
  const clock = new ManualClock(vn('2026-03-12T08:00:00'));
  let app: INestApplication;
  let officer: string;
  let neighbour: string;

  const http = () => request(app.getHttpServer());
  const ticket = async (procedureKey: string): Promise<string> => {
    const issued = await http()
      .post('/v1/queue-tickets')
      .set('Authorization', officer)
      .send({ communeCode: '14797', procedureKey });
    expect(issued.status).toBe(201);
    return issued.body.ticketId as string;
  };
  const act = (id: string, action: 'service-start' | 'service-end', authorization = officer) =>
    http().post(`/v1/queue-tickets/${id}/${action}`).set('Authorization', authorization);

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    neighbour = await authority.bearer({ roles: ['officer'], communes: ['16522'] });
    app = await startIntake(run, { options: { clock } });
  });

  afterAll(() => run.cleanUp());

  it('should time two copy certifications and a signature from call to end, against 15 minutes', async () => {
    const first = await ticket('copy-certification');
    const second = await ticket('copy-certification');
    const signature = await ticket('signature-certification');
    const marriage = await ticket('marital-status-confirmation');

    const early = await act(first, 'service-end');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('QUEUE.NOT_CALLED');

    clock.set(vn('2026-03-12T08:05:00'));
    await act(first, 'service-start');
    clock.set(vn('2026-03-12T08:15:00'));
    const done = await act(first, 'service-end');
    expect(done.status).toBe(200);
    expect(done.body.serviceMinutes).toBe(10);
    await act(second, 'service-start');
    await act(signature, 'service-start');
    await act(marriage, 'service-start');
    clock.set(vn('2026-03-12T08:37:00'));
    await act(second, 'service-end');
    await act(marriage, 'service-end');
    clock.set(vn('2026-03-12T08:21:00'));
    // the signature ends six minutes after its call
    expect((await act(signature, 'service-end')).status).toBe(200);
    clock.set(vn('2026-03-12T08:40:00'));
    const repeated = await act(first, 'service-end');
    expect(repeated.body.serviceMinutes).toBe(10);
    expect((await act(first, 'service-end', neighbour)).status).toBe(404);

    const report = await http()
      .get('/v1/desk-time')
      .query({ communeCode: '14797', from: '2026-03-12', to: '2026-03-12' })
      .set('Authorization', officer);
    expect(report.status).toBe(200);
    // Only certifications: 10 and 22 minutes for copies, 6 for the signature.
    expect(report.body.byProcedure).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          procedureKey: 'copy-certification',
          finished: 2,
          averageServiceMinutes: 16,
          maxServiceMinutes: 22,
          withinTarget: 1,
          withinTargetShare: 0.5,
          targetMinutes: 15,
          meetsTarget: false,
        }),
        expect.objectContaining({
          procedureKey: 'signature-certification',
          finished: 1,
          averageServiceMinutes: 6,
          meetsTarget: true,
        }),
      ]),
    );
    expect(report.body.byProcedure).toHaveLength(2);
    expect(report.body.total).toMatchObject({ finished: 3, withinTarget: 2, targetMinutes: 15 });
    const backwards = await http()
      .get('/v1/desk-time')
      .query({ communeCode: '14797', from: '2026-03-13', to: '2026-03-12' })
      .set('Authorization', officer);
    expect(backwards.status).toBe(400);
  });
});
