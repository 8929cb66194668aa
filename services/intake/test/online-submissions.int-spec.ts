import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { TOPICS } from '@libs/contracts';
import { eventually, TestRun, vn } from '@libs/testing';

import { DossierRecord } from '../src/dossiers/infrastructure/dossier.schema';
import { startIntake } from './support';

const submission = () => ({
  communeCode: '14797',
  procedureKey: 'marital-status-confirmation',
  applicant: { fullName: 'Trần Thị Bình', phone: '0912345678' },
});

/**
 * Online submissions wait in status 1 ("Mới đăng ký") and the dossier, its code date and its
 * clock start when an officer accepts a valid one (Decree 118/2025: from receipt of a valid dossier).
 */
describe('intake: online submissions wait for acceptance', () => {
  const run = new TestRun();
  const { authority, prefix } = run;
  const probe = run.probe();
  const clock = new ManualClock(vn('2026-03-12T20:00:00'));
  let app: INestApplication;
  let dossiers: Model<DossierRecord>;
  let officer: string;
  let portal: string;
  let neighbour: string;

  const http = () => request(app.getHttpServer());
  const post = (path: string, body: object, authorization = officer) =>
    http().post(`/v1/online-submissions${path}`).set('Authorization', authorization).send(body);

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    portal = await authority.bearer({ roles: ['system'], communes: ['14797'] });
    neighbour = await authority.bearer({ roles: ['officer'], communes: ['16522'] });
    app = await startIntake(run, { options: { clock } });
    dossiers = app.get(getModelToken(DossierRecord.name));
    await probe.start([`${prefix}${TOPICS.dossier}`]);
  });

  afterAll(() => run.cleanUp());

  it('should hold a Thursday-evening submission until Monday’s acceptance, then count from it', async () => {
    clock.set(vn('2026-03-12T20:00:00'));
    const filed = await post('', submission(), portal);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      status: 'submitted',
      statusName: 'Mới đăng ký (chờ tiếp nhận)',
      nationalStatusCode: 1,
      submittedAt: vn('2026-03-12T20:00:00').toISOString(),
    });
    expect(filed.body.dossierCode).toBeUndefined();
    const id: string = filed.body.submissionId;
    // No dossier, no appointment and nothing on the broker while it waits.
    expect(await dossiers.countDocuments({}).exec()).toBe(0);
    const waiting = await http()
      .get('/v1/online-submissions')
      .query({ communeCode: '14797', status: 'submitted' })
      .set('Authorization', officer);
    expect(waiting.body.map((entry: { submissionId: string }) => entry.submissionId)).toEqual([id]);

    clock.set(vn('2026-03-16T09:00:00'));
    const accepted = await post(`/${id}/acceptance`, {});
    expect(accepted.status).toBe(201);
    expect(accepted.body.submission).toMatchObject({ status: 'accepted', nationalStatusCode: 2 });
    expect(accepted.body.dossier).toMatchObject({
      status: 'received',
      channel: 'online',
      receivedAt: vn('2026-03-16T09:00:00').toISOString(),
      // 3 working days from Monday's acceptance, not from Thursday's submission.
      dueAt: vn('2026-03-19T17:00:00').toISOString(),
    });
    // The code carries the acceptance date.
    expect(accepted.body.dossier.dossierCode).toMatch(/^H56\.147\.97-260316-\d{4}$/);
    expect(accepted.body.submission.dossierCode).toBe(accepted.body.dossier.dossierCode);
    await eventually(
      () =>
        probe.records.some((record) => record.key === accepted.body.dossier.dossierId)
          ? true
          : undefined,
      { description: 'dossier.received.v1 at acceptance' },
    );

    const twice = await post(`/${id}/acceptance`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ONLINE_SUBMISSION.NOT_WAITING');
    expect(await dossiers.countDocuments({}).exec()).toBe(1);
  });

  it('should refuse what a receipt would refuse, and unlawful moves, storing nothing', async () => {
    clock.set(vn('2026-03-16T10:00:00'));
    const counterOnly = await post('', {
      ...submission(),
      procedureKey: 'signature-certification',
    });
    expect(counterOnly.status).toBe(400);
    expect(counterOnly.body.code).toBe('DOSSIER.INVALID');

    const filed = await post('', submission(), portal);
    const id: string = filed.body.submissionId;
    const noItems = await post(`/${id}/supplement-requests`, { reason: 'Ảnh mờ' });
    const noReason = await post(`/${id}/refusal`, {});
    const byNeighbour = await post(`/${id}/acceptance`, {}, neighbour);
    expect(noItems.status).toBe(400);
    expect(noItems.body.code).toBe('ONLINE_SUBMISSION.INVALID');
    expect(noReason.status).toBe(400);
    expect(byNeighbour.status).toBe(404);
    const unchanged = await http()
      .get(`/v1/online-submissions/${id}`)
      .set('Authorization', officer);
    expect(unchanged.body).toMatchObject({
      status: 'submitted',
      history: [{ status: 'submitted' }],
    });

    const asked = await post(`/${id}/supplement-requests`, {
      reason: 'Ảnh chụp tờ khai bị mờ',
      items: ['Tờ khai (ảnh rõ)'],
    });
    expect(asked.body).toMatchObject({ status: 'supplement-requested', nationalStatusCode: 5 });
    const acceptWhileAsked = await post(`/${id}/acceptance`, {});
    expect(acceptWhileAsked.status).toBe(409);
    const again = await post(`/${id}/resubmissions`, submission(), portal);
    expect(again.body.status).toBe('submitted');
    const refused = await post(`/${id}/refusal`, {
      reason: 'Người yêu cầu không cư trú tại xã, phường',
    });
    expect(refused.body).toMatchObject({ status: 'refused', nationalStatusCode: 3 });
    expect(
      await dossiers
        .countDocuments({
          'applicant.fullName': 'Trần Thị Bình',
          receivedAt: { $gte: vn('2026-03-16T10:00:00') },
        })
        .exec(),
    ).toBe(0);
  });
});
