import { randomUUID } from 'node:crypto';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { eventually, TestRun } from '@libs/testing';

import { CampaignRecord } from '../src/campaigns/infrastructure/campaign.schema';
import { satisfiedAnswers } from './satisfied-answers';
import {
  HAC_THANH,
  publishReturnedDossiers,
  ReturnedDossierFacts,
  startSurveyApp,
  SurveyTestApp,
} from './survey-fixtures';

const START = new Date('2026-07-01T02:00:00Z');
const NEIGHBOUR = '14758';

describe('survey: campaigns sampled from returned dossiers, over the real broker and store', () => {
  const run = new TestRun();
  const { authority } = run;
  let survey: SurveyTestApp;
  let campaigns: Model<CampaignRecord>;
  let leader: string;
  const http = () => request(survey.app.getHttpServer());
  const createCampaign = (body: Record<string, unknown>, authorization = leader) =>
    http().post('/v1/campaigns').set('Authorization', authorization).send(body);

  async function returnDossiers(facts: ReturnedDossierFacts[]): Promise<string[]> {
    const ids = await publishReturnedDossiers(survey, facts);
    await eventually(
      async () =>
        (await survey.returned.countDocuments({ _id: { $in: ids } }).exec()) === ids.length &&
        (await survey.invitations.countDocuments({ dossierId: { $in: ids } }).exec()) === ids.length
          ? true
          : undefined,
      { description: `${ids.length} returned dossiers registered` },
    );
    return ids;
  }

  const inMonth = (month: string, count: number, communeCode = HAC_THANH): ReturnedDossierFacts[] =>
    Array.from({ length: count }, (_, index) => ({
      communeCode,
      returnedAt: `${month}-${String((index % 27) + 1).padStart(2, '0')}T03:00:00.000Z`,
      officerId: `officer-${index % 3}`,
    }));

  beforeAll(async () => {
    survey = await startSurveyApp(run, START);
    campaigns = survey.app.get(getModelToken(CampaignRecord.name));
    leader = await authority.bearer({ roles: ['leader'], communes: [HAC_THANH] });
    // The sampling frames: 30 returns in March and 10 in April; outside them, one February
    // return in the commune and one March return in the neighbouring commune.
    await returnDossiers([
      ...inMonth('2026-03', 30),
      ...inMonth('2026-04', 10),
      ...inMonth('2026-02', 1),
      ...inMonth('2026-03', 1, NEIGHBOUR),
    ]);
  });

  afterAll(() => run.cleanUp());

  it('should sample n = ⌈N / (1 + N·e²)⌉ of the period’s returned dossiers and invite each once', async () => {
    const response = await createCampaign({
      communeCode: HAC_THANH,
      title: 'Khảo sát của Mặt trận Tổ quốc  tháng 3/2026',
      kind: 'before-model',
      periodFrom: '2026-03',
      periodTo: '2026-03',
      seed: 'mttq-2026-03',
    });

    expect(response.status).toBe(201);
    // 30 / (1 + 30 · 0.05²) = 27.9 → 28
    expect(response.body).toMatchObject({
      communeCode: HAC_THANH,
      title: 'Khảo sát của Mặt trận Tổ quốc tháng 3/2026',
      kind: 'before-model',
      kindLabel: 'Trước khi thực hiện mô hình',
      organiser: 'Ủy ban Mặt trận Tổ quốc Việt Nam Phường Hạc Thành',
      marginOfError: 0.05,
      seed: 'mttq-2026-03',
      population: 30,
      sampleSize: 28,
      status: 'open',
      invitationsIssued: 28,
      questionnaireVersion: 1,
    });
    const campaignId: string = response.body.campaignId;
    const invited = await survey.invitations.find({ campaignId }).lean().exec();
    const march = await survey.returned
      .find({ communeCode: HAC_THANH, period: '2026-03' })
      .lean()
      .exec();
    const frame = new Set(march.map((dossier) => dossier._id));
    expect(invited).toHaveLength(28);
    expect(new Set(invited.map((invitation) => invitation.dossierId)).size).toBe(28);
    expect(invited.every((invitation) => frame.has(invitation.dossierId))).toBe(true);
    expect(invited.every((invitation) => invitation.kind === 'campaign')).toBe(true);
    // The after-result invitations of the same dossiers are untouched.
    expect(await survey.invitations.countDocuments({ campaignId: null }).exec()).toBe(42);

    const again = await createCampaign({
      communeCode: HAC_THANH,
      title: 'Cùng hạt giống',
      kind: 'periodic',
      periodFrom: '2026-03',
      periodTo: '2026-03',
      seed: 'mttq-2026-03',
    });
    const redrawn = await survey.invitations
      .find({ campaignId: again.body.campaignId })
      .lean()
      .exec();
    expect(redrawn.map((invitation) => invitation.dossierId).sort()).toEqual(
      invited.map((invitation) => invitation.dossierId).sort(),
    );
  });

  it('should compare the satisfaction and each 5-3-4 item between a before and an after campaign', async () => {
    const before = await createCampaign({
      communeCode: HAC_THANH,
      title: 'Trước mô hình',
      kind: 'before-model',
      periodFrom: '2026-03',
      periodTo: '2026-03',
    });
    const after = await createCampaign({
      communeCode: HAC_THANH,
      title: 'Sau mô hình',
      kind: 'after-model',
      periodFrom: '2026-04',
      periodTo: '2026-04',
    });
    expect(after.body).toMatchObject({ population: 10, sampleSize: 10 });
    const slipsOf = async (campaignId: string) => {
      const response = await http()
        .post(`/v1/campaigns/${campaignId}/slips`)
        .set('Authorization', leader);
      expect(response.status).toBe(201);
      return response.body as { code: string; link: string }[];
    };
    const beforeSlips = await slipsOf(before.body.campaignId);
    const afterSlips = await slipsOf(after.body.campaignId);
    expect(beforeSlips).toHaveLength(28);
    expect(afterSlips).toHaveLength(10);
    expect(await slipsOf(after.body.campaignId)).toEqual([]);
    const answer = (slip: { code: string } | undefined, answers: Record<string, unknown>) =>
      http()
        .post(`/v1/public/surveys/${slip?.code ?? ''}/answers`)
        .send({ answers })
        .then((response) => expect(response.status).toBe(201));

    await answer(beforeSlips[0], { ...satisfiedAnswers(), overall: 2, 'keep-appointment': 'no' });
    await answer(beforeSlips[1], { ...satisfiedAnswers(), overall: 4 });
    await answer(afterSlips[0], satisfiedAnswers());
    await answer(afterSlips[1], { ...satisfiedAnswers(), overall: 4 });

    const province = await authority.bearer({ roles: ['province'], province: '38' });
    const comparison = await http()
      .get(`/v1/campaigns/compare?before=${before.body.campaignId}&after=${after.body.campaignId}`)
      .set('Authorization', province);

    expect(comparison.status).toBe(200);
    expect(comparison.body.before).toMatchObject({
      kind: 'before-model',
      results: { invitations: 28, answers: 2, satisfied: 1, dissatisfied: 1 },
    });
    expect(comparison.body.after).toMatchObject({
      kind: 'after-model',
      results: { invitations: 10, answers: 2, satisfied: 2, dissatisfied: 0 },
    });
    expect(comparison.body.satisfactionRate).toEqual({ before: 0.5, after: 1, change: 0.5 });
    expect(comparison.body.responseRate.before).toBeCloseTo(2 / 28, 10);
    expect(comparison.body.responseRate.after).toBeCloseTo(0.2, 10);
    expect(comparison.body.overallAverage).toEqual({ before: 3, after: 4.5, change: 1.5 });
    const conduct = comparison.body.conduct as { item: string }[];
    expect(conduct).toHaveLength(12);
    expect(conduct.find((item) => item.item === 'keep-appointment')).toEqual({
      item: 'keep-appointment',
      group: '3-khong',
      label: 'Không trễ hẹn',
      before: 0.5,
      after: 1,
      change: 0.5,
    });
    expect(conduct.find((item) => item.item === 'listen')).toMatchObject({
      before: 1,
      after: 1,
      change: 0,
    });
    // Campaign answers are the campaign's: the after-result indexes of March did not move.
    const march = await http()
      .get(`/v1/indexes?communeCode=${HAC_THANH}&period=2026-03`)
      .set('Authorization', leader);
    expect(march.body[0]).toMatchObject({ dimension: 'commune', invitations: 30, answers: 0 });
  });

  it('should refuse a bad campaign with a message per field, and store nothing', async () => {
    const officer = await authority.bearer({ roles: ['officer'], communes: [HAC_THANH] });
    const outsider = await authority.bearer({ roles: ['leader'], communes: [NEIGHBOUR] });
    const valid = {
      communeCode: HAC_THANH,
      title: 'Khảo sát',
      kind: 'periodic',
      periodFrom: '2026-03',
      periodTo: '2026-04',
    };
    const before = await campaigns.countDocuments().exec();

    const malformed = await createCampaign({
      ...valid,
      kind: 'yearly',
      periodFrom: '2026-3',
      marginOfError: 'năm phần trăm',
      sampleSize: 10,
    });
    const outOfRule = await createCampaign({
      ...valid,
      periodFrom: '2026-05',
      periodTo: '2026-04',
      marginOfError: 0.5,
    });
    const empty = await createCampaign({ ...valid, periodFrom: '2026-05', periodTo: '2026-06' });
    const byOfficer = await createCampaign(valid, officer);
    const byOutsider = await createCampaign(valid, outsider);
    const unknown = await http()
      .get(`/v1/campaigns/compare?before=${randomUUID()}&after=${randomUUID()}`)
      .set('Authorization', leader);

    expect(malformed.status).toBe(400);
    expect((malformed.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'kind',
      'marginOfError',
      'periodFrom',
      'sampleSize',
    ]);
    expect(outOfRule.status).toBe(400);
    expect(outOfRule.body.code).toBe('CAMPAIGN.INVALID');
    expect((outOfRule.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'periodTo',
      'marginOfError',
    ]);
    expect(empty.status).toBe(409);
    expect(empty.body.message).toContain('chưa có hồ sơ nào trả kết quả');
    expect(byOfficer.status).toBe(403);
    expect(byOutsider.status).toBe(403);
    expect(unknown.status).toBe(404);
    expect(await campaigns.countDocuments().exec()).toBe(before);
  });

  it('should refuse absurd, future and overlong campaign periods, storing nothing', async () => {
    const valid = { communeCode: HAC_THANH, title: 'Khảo sát', kind: 'periodic' };
    const before = await campaigns.countDocuments().exec();
    const future =
      'Tháng kết thúc không được sau tháng hiện tại: mẫu được chọn từ hồ sơ đã trả kết quả.';

    const absurd = await createCampaign({ ...valid, periodFrom: '0000-01', periodTo: '9999-12' });
    const ahead = await createCampaign({ ...valid, periodFrom: '2026-06', periodTo: '2026-09' });
    const overlong = await createCampaign({ ...valid, periodFrom: '2024-01', periodTo: '2026-04' });

    for (const answer of [absurd, ahead, overlong]) {
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('CAMPAIGN.INVALID');
    }
    expect(absurd.body.errors).toEqual([
      { field: 'periodFrom', messages: ['Tháng bắt đầu không được trước tháng 01/2015.'] },
      { field: 'periodTo', messages: [future] },
    ]);
    expect(ahead.body.errors).toEqual([{ field: 'periodTo', messages: [future] }]);
    expect(overlong.body.errors).toEqual([
      { field: 'periodTo', messages: ['Một đợt khảo sát chọn mẫu trong tối đa 24 tháng.'] },
    ]);
    expect(await campaigns.countDocuments().exec()).toBe(before);
  });

  // Last: the 6,000-dossier register makes every later scan of the store slower.
  it('should sample 375 of 6,000 returned dossiers at a 5% margin', async () => {
    const neighbourLeader = await authority.bearer({ roles: ['leader'], communes: [NEIGHBOUR] });
    // A year of the ward's returns (6,000 dossiers) in the register the events build.
    await survey.returned.insertMany(
      Array.from({ length: 6000 }, (_, index) => ({
        _id: randomUUID(),
        dossierCode: `000.00.38.H56-250101-${String(index).padStart(4, '0')}`,
        communeCode: NEIGHBOUR,
        provinceCode: '38',
        procedureKey: 'certification',
        officerId: null,
        returnedAt: new Date('2025-06-15T03:00:00Z'),
        onTime: true,
        period: '2025-06',
        eventId: randomUUID(),
      })),
    );

    const response = await createCampaign(
      {
        communeCode: NEIGHBOUR,
        title: 'Khảo sát năm 2025',
        kind: 'periodic',
        periodFrom: '2025-01',
        periodTo: '2025-12',
      },
      neighbourLeader,
    );

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      population: 6000,
      sampleSize: 375,
      invitationsIssued: 375,
    });
    expect(
      await survey.invitations.countDocuments({ campaignId: response.body.campaignId }).exec(),
    ).toBe(375);
    const results = await http()
      .get(`/v1/campaigns/${response.body.campaignId}`)
      .set('Authorization', neighbourLeader);
    expect(results.body.results).toMatchObject({ invitations: 375, answers: 0 });
  });
});
