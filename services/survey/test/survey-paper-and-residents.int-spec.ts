import request from 'supertest';

import { binaryParser as binary, pdftotext, TestRun } from '@libs/testing';

import { satisfiedAnswers } from './satisfied-answers';
import { HAC_THANH, returnDossiers, startSurveyApp, SurveyTestApp } from './survey-fixtures';

const START = new Date('2026-11-20T03:00:00Z');

const pdfText = (pdf: Buffer): string => pdftotext(pdf);

/**
 * Paper forms keyed by an officer, the printed return slip with the survey code, and the
 * Fatherland Front's poll of residents at large.
 */
describe('survey: paper answers, printed slips and residents’ polls', () => {
  const run = new TestRun();
  const { authority } = run;
  let survey: SurveyTestApp;
  let officer: string;
  let leader: string;
  let neighbour: string;
  const http = () => request(survey.app.getHttpServer());
  const paper = (body: object, authorization = officer) =>
    http().post('/v1/paper-answers').set('Authorization', authorization).send(body);

  beforeAll(async () => {
    survey = await startSurveyApp(run, START);
    officer = await authority.bearer({ roles: ['officer'], communes: [HAC_THANH] });
    leader = await authority.bearer({ roles: ['leader'], communes: [HAC_THANH] });
    neighbour = await authority.bearer({ roles: ['officer'], communes: ['16522'] });
  });

  afterAll(() => run.cleanUp());

  it('should print the slip once and take its paper form with the online checks, marked as paper', async () => {
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-11-20T02:00:00.000Z',
    });

    const slip = await http()
      .get(`/v1/invitations/by-dossier/${dossierId}/slip.pdf`)
      .set('Authorization', officer)
      .buffer(true)
      .parse(binary);
    expect(slip.status).toBe(200);
    expect(slip.headers['content-type']).toBe('application/pdf');
    const text = pdfText(slip.body as Buffer).replace(/\s+/g, ' ');
    const code = /Mã khảo sát: ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toContain('Phiếu không ghi tên người trả lời');
    const again = await http()
      .get(`/v1/invitations/by-dossier/${dossierId}/slip.pdf`)
      .set('Authorization', officer);
    expect(again.status).toBe(409);

    const incomplete = await paper({ code, answers: { overall: 9 } });
    const byNeighbour = await paper({ code, answers: satisfiedAnswers() }, neighbour);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.code).toBe('SURVEY.ANSWER_INVALID');
    expect(byNeighbour.status).toBe(404);
    const untouched = await survey.invitations.findOne({ dossierId }).lean().exec();
    expect(untouched?.status).toBe('open');

    const keyed = await paper({ code, answers: satisfiedAnswers(), formNumber: 'P-0042' });
    expect(keyed.status).toBe(201);
    expect(keyed.body.source).toBe('paper');
    const stored = await survey.invitations.findOne({ dossierId }).lean().exec();
    expect(stored?.answer).toMatchObject({
      source: 'paper',
      enteredBy: expect.any(String),
      formNumber: 'P-0042',
    });
    const twice = await paper({ code, answers: satisfiedAnswers() });
    expect(twice.status).toBe(409);
  });

  it('should take a paper answer with its historical time from the system role only, never in the future', async () => {
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-11-20T02:10:00.000Z',
    });
    const system = await authority.bearer({ roles: ['system'], communes: [HAC_THANH] });
    const slip = await http()
      .get(`/v1/invitations/by-dossier/${dossierId}`)
      .set('Authorization', system);
    expect(slip.status).toBe(200);
    const code = slip.body.code as string;

    const byOfficer = await paper({
      code,
      answers: satisfiedAnswers(),
      answeredAt: '2026-11-20T09:30:00+07:00',
    });
    const inFuture = await paper(
      { code, answers: satisfiedAnswers(), answeredAt: '2026-11-20T03:00:01Z' },
      system,
    );
    const withoutZone = await paper(
      { code, answers: satisfiedAnswers(), answeredAt: '2026-11-20T09:30:00' },
      system,
    );
    expect(byOfficer.status).toBe(403);
    expect(byOfficer.body.code).toBe('HISTORICAL_TIME.ROLE_FORBIDDEN');
    expect(inFuture.status).toBe(400);
    expect(inFuture.body.code).toBe('HISTORICAL_TIME.IN_FUTURE');
    expect(withoutZone.status).toBe(400);
    expect((await survey.invitations.findOne({ dossierId }).lean().exec())?.status).toBe('open');

    const entered = await paper(
      { code, answers: satisfiedAnswers(), answeredAt: '2026-11-20T09:30:00+07:00' },
      system,
    );
    expect(entered.status).toBe(201);
    expect(entered.body.answeredAt).toBe('2026-11-20T02:30:00.000Z');
    const stored = await survey.invitations.findOne({ dossierId }).lean().exec();
    expect(stored?.answer?.answeredAt).toEqual(new Date('2026-11-20T02:30:00.000Z'));
  });

  it('should sample the commune’s households for a Fatherland Front poll, with slips tied to no dossier', async () => {
    const created = await http().post('/v1/campaigns').set('Authorization', leader).send({
      communeCode: HAC_THANH,
      title: 'Mặt trận Tổ quốc lấy ý kiến người dân 6 tháng cuối năm 2026',
      kind: 'periodic',
      frame: 'residents',
      residentPopulation: 40,
      marginOfError: 0.1,
      periodFrom: '2026-07',
      periodTo: '2026-11',
    });
    expect(created.status).toBe(201);
    // 40 / (1 + 40 · 0.1²) = 28.6 → 29 forms
    expect(created.body).toMatchObject({
      frame: 'residents',
      frameLabel: 'Người dân trên địa bàn (không gắn với hồ sơ)',
      population: 40,
      sampleSize: 29,
      invitationsIssued: 29,
      status: 'open',
    });
    const invited = await survey.invitations
      .find({ campaignId: created.body.campaignId })
      .lean()
      .exec();
    expect(invited).toHaveLength(29);
    expect(invited.every((invitation) => invitation.remindAt === null)).toBe(true);

    const slips = await http()
      .post(`/v1/campaigns/${created.body.campaignId}/slips.pdf`)
      .set('Authorization', officer)
      .buffer(true)
      .parse(binary);
    expect(slips.status).toBe(201);
    const pages = pdfText(slips.body as Buffer)
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(29);
    expect(pages[0]?.replace(/\s+/g, ' ')).toContain(
      'Đợt khảo sát do Ủy ban Mặt trận Tổ quốc Việt Nam Phường Hạc Thành tổ chức.',
    );
    const none = await http()
      .post(`/v1/campaigns/${created.body.campaignId}/slips.pdf`)
      .set('Authorization', officer);
    expect(none.status).toBe(409);
    expect(none.body.code).toBe('SURVEY.NO_SLIPS_LEFT');

    const noHouseholds = await http().post('/v1/campaigns').set('Authorization', leader).send({
      communeCode: HAC_THANH,
      title: 'Thiếu số hộ',
      kind: 'periodic',
      frame: 'residents',
      periodFrom: '2026-07',
      periodTo: '2026-11',
    });
    expect(noHouseholds.status).toBe(400);
  });
});
