import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';

import { auditEntry } from '@libs/audit';
import { CLIENT_CREDENTIAL_LIMIT_PER_MINUTE } from '@libs/auth';
import { eventually, KafkaProbe, produceRaw, requestFrom, TestRun } from '@libs/testing';

import { readAnswerSheet } from '../src/answers/domain/answer-sheet';
import { InvitationLifecycleService } from '../src/invitations/application/invitation-lifecycle.service';
import { invitationIdFor } from '../src/invitations/domain/invitation';
import { InvitationRepository } from '../src/invitations/infrastructure/invitation.repository';
import { DEFAULT_QUESTIONNAIRE } from '../src/questionnaires/domain/default-questionnaire';
import { satisfiedAnswers } from './satisfied-answers';
import {
  HAC_THANH,
  resultReturnedRecord,
  returnDossiers,
  startSurveyApp,
  SurveyTestApp,
} from './survey-fixtures';

const DAY_MS = 24 * 3600 * 1000;
const START = new Date('2026-11-20T03:00:00Z');

describe('survey: invitations, answers and indexes over the real broker and store', () => {
  const run = new TestRun();
  const { authority, brokers } = run;
  const probe = new KafkaProbe(brokers);
  let survey: SurveyTestApp;
  let officer: string;
  let leader: string;
  const http = () => request(survey.app.getHttpServer());

  async function slipFor(
    dossierId: string,
  ): Promise<{ code: string; link: string; token: string }> {
    const response = await http()
      .get(`/v1/invitations/by-dossier/${dossierId}`)
      .set('Authorization', officer);
    expect(response.status).toBe(200);
    const link: string = response.body.link;
    return { code: response.body.code, link, token: link.split('/').pop() ?? '' };
  }

  const answer = (credential: string, answers: Record<string, unknown>) =>
    http().post(`/v1/public/surveys/${credential}/answers`).send({ answers });

  async function indexRow(period: string, dimension = 'commune', key = '') {
    const response = await http()
      .get(`/v1/indexes?communeCode=${HAC_THANH}&period=${period}`)
      .set('Authorization', leader);
    expect(response.status).toBe(200);
    return (response.body as { dimension: string; key: string }[]).find(
      (row) => row.dimension === dimension && row.key === key,
    ) as Record<string, any> | undefined;
  }

  beforeAll(async () => {
    survey = await startSurveyApp(run, START);
    officer = await authority.bearer({ roles: ['officer'], communes: [HAC_THANH] });
    leader = await authority.bearer({ roles: ['leader'], communes: [HAC_THANH] });
    await probe.start([survey.responseTopic]);
  });

  afterAll(async () => {
    await probe.stop();
    await run.cleanUp();
  });

  it('should issue exactly one invitation for a returned dossier, even when the event is delivered twice', async () => {
    const { dossierId, record } = resultReturnedRecord({
      returnedAt: '2026-01-15T03:00:00.000Z',
      officerId: 'officer-dup',
    });
    // A later record with the same key lands on the same partition: once its invitation
    // exists, both deliveries of the first event have been handled.
    const marker = resultReturnedRecord({ returnedAt: '2026-01-15T04:00:00.000Z' });

    await produceRaw(brokers, survey.dossierTopic, [
      record,
      record,
      { ...marker.record, key: dossierId },
    ]);
    await eventually(
      async () =>
        (await survey.invitations
          .findOne({ dossierId: marker.dossierId, campaignId: null })
          .exec()) ?? undefined,
    );

    expect(await survey.invitations.countDocuments({ dossierId }).exec()).toBe(1);
    expect(await survey.returned.countDocuments({ _id: dossierId }).exec()).toBe(1);
    const row = await indexRow('2026-01', 'officer', 'officer-dup');
    expect(row).toMatchObject({ invitations: 1, answers: 0, responseRate: 0 });
    expect(await indexRow('2026-01')).toMatchObject({ invitations: 2 });
  });

  it('should show the slip code and link once, to the commune’s own officers only', async () => {
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-02-03T03:00:00.000Z',
    });
    const neighbour = await authority.bearer({ roles: ['officer'], communes: ['14800'] });
    const province = await authority.bearer({ roles: ['province'], province: '38' });

    expect(
      (await http().get(`/v1/invitations/by-dossier/${dossierId}`).set('Authorization', neighbour))
        .status,
    ).toBe(404);
    expect(
      (await http().get(`/v1/invitations/by-dossier/${dossierId}`).set('Authorization', province))
        .status,
    ).toBe(403);
    const first = await http()
      .get(`/v1/invitations/by-dossier/${dossierId}`)
      .set('Authorization', officer);
    const second = await http()
      .get(`/v1/invitations/by-dossier/${dossierId}`)
      .set('Authorization', officer);

    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      dossierId,
      code: expect.stringMatching(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/),
      link: expect.stringMatching(/^https:\/\/dichvucong\.thanhhoa\.gov\.vn\/khao-sat\/[\w-]{43}$/),
      expiresAt: new Date(START.getTime() + 30 * DAY_MS).toISOString(),
    });
    expect(first.body.slipText).toContain(first.body.code);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('SURVEY.INVITATION_ALREADY_REVEALED');
    const stored = await survey.invitations.findOne({ dossierId }).lean().exec();
    expect(stored?.reveal).toBeNull();
    expect(JSON.stringify(stored)).not.toContain(first.body.link.split('/').pop());
  });

  it('should let a citizen open the survey by link or short code, in Vietnamese, and a reissue replace both', async () => {
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-02-10T03:00:00.000Z',
    });
    const slip = await slipFor(dossierId);

    const byLink = await http().get(`/v1/public/surveys/${slip.token}`);
    const byCode = await http().get(
      `/v1/public/surveys/${encodeURIComponent(slip.code.toLowerCase().replace('-', ' '))}`,
    );

    expect(byLink.status).toBe(200);
    expect(byCode.body).toEqual(byLink.body);
    expect(byLink.body).toMatchObject({
      communeName: 'Phường Hạc Thành',
      title: 'Phiếu khảo sát sự hài lòng của người dân',
      anonymous: true,
      questionnaireVersion: 1,
    });
    const questions = byLink.body.questions as { key: string; text: string; options?: unknown }[];
    expect(questions.find((question) => question.key === 'keep-appointment')).toEqual({
      key: 'keep-appointment',
      type: 'yes-no',
      text: 'Ông/Bà có nhận kết quả đúng ngày hẹn ghi trên giấy tiếp nhận không?',
      required: true,
      options: [
        { key: 'yes', label: 'Có' },
        { key: 'no', label: 'Không' },
      ],
    });

    const reissued = await http()
      .post(`/v1/invitations/by-dossier/${dossierId}/reissue`)
      .set('Authorization', officer);
    expect(reissued.status).toBe(201);
    expect(reissued.body.code).not.toBe(slip.code);
    expect((await http().get(`/v1/public/surveys/${slip.token}`)).status).toBe(404);
    const unknown = await http().get('/v1/public/surveys/AAAA-BBBB');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('Không tìm thấy phiếu khảo sát');
  });

  it('should move the indexes exactly once per answer and refuse the same token a second time', async () => {
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-03-05T03:00:00.000Z',
      procedureKey: 'marriage-registration',
      procedureName: 'Đăng ký kết hôn',
      officerId: 'officer-once',
    });
    const slip = await slipFor(dossierId);

    const first = await answer(slip.token, { ...satisfiedAnswers(), comment: 'Rất hài lòng.' });
    const again = await answer(slip.code, { ...satisfiedAnswers(), overall: 1 });
    const reopened = await http().get(`/v1/public/surveys/${slip.token}`);

    expect(first.status).toBe(201);
    expect(first.body.message).toContain('Cảm ơn Ông/Bà');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SURVEY.ALREADY_ANSWERED');
    expect(again.body.message).toContain('chỉ dùng được một lần');
    expect(reopened.status).toBe(409);
    const stored = await survey.invitations.findOne({ dossierId }).lean().exec();
    expect(stored).toMatchObject({
      status: 'answered',
      usedAt: START,
      procedureName: 'Đăng ký kết hôn',
    });
    expect(stored?.answer?.assessment.overall).toBe(5);
    for (const [dimension, key] of [
      ['commune', ''],
      ['procedure', 'marriage-registration'],
      ['officer', 'officer-once'],
    ]) {
      expect(await indexRow('2026-03', dimension, key)).toMatchObject({
        invitations: 1,
        answers: 1,
        responseRate: 1,
        satisfied: 1,
        satisfactionRate: 1,
        dissatisfied: 0,
        overallDistribution: [0, 0, 0, 0, 1],
        decision766: { value: 1, target: 0.9, attainment: 1 },
      });
    }
    const conduct = (await indexRow('2026-03'))?.conduct as { item: string; yesShare: number }[];
    expect(conduct.find((score) => score.item === 'keep-appointment')).toMatchObject({
      yes: 1,
      no: 0,
      yesShare: 1,
    });
    expect(conduct.find((score) => score.item === 'apologise')).toMatchObject({
      notApplicable: 1,
      yesShare: null,
    });
    const published = await eventually(() =>
      probe.find((r) => r.key === stored?._id && r.headers.ce_type === 'survey.answered.v1'),
    );
    expect(JSON.parse(published.value ?? '{}')).toMatchObject({
      invitationId: stored?._id,
      communeCode: HAC_THANH,
      procedureKey: 'marriage-registration',
      procedureName: 'Đăng ký kết hôn',
      officerId: 'officer-once',
      overallRating: 5,
      dissatisfied: false,
    });
    expect(probe.records.filter((r) => r.key === stored?._id)).toHaveLength(1);
  });

  it('should refuse an answer by a link or code replaced while the survey was open, storing nothing', async () => {
    const repository = survey.app.get(InvitationRepository);
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-04-12T03:00:00.000Z',
      officerId: 'officer-reissued',
    });
    const slip = await slipFor(dossierId);
    let reissued: { code: string; link: string } = slip;
    // By link first, then by the short code of the slip that replaced it.
    for (const current of ['token', 'code'] as const) {
      const old = current === 'token' ? slip.token : reissued.code;
      expect((await http().get(`/v1/public/surveys/${old}`)).status).toBe(200);
      // The officer reissues the slip after the citizen opened the survey, before it is sent.
      const record = repository.recordAnswer.bind(repository);
      const spy = jest.spyOn(repository, 'recordAnswer').mockImplementationOnce(async (...args) => {
        const response = await http()
          .post(`/v1/invitations/by-dossier/${dossierId}/reissue`)
          .set('Authorization', officer);
        expect(response.status).toBe(201);
        reissued = response.body;
        return record(...args);
      });

      const refused = await answer(old, satisfiedAnswers());
      spy.mockRestore();

      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('SURVEY.NOT_FOUND');
      expect(refused.body.message).toContain('Không tìm thấy phiếu khảo sát');
    }
    const stored = await survey.invitations.findOne({ dossierId }).lean().exec();
    expect(stored).toMatchObject({ status: 'open', usedAt: null, answer: null });
    expect(stored?.outbox ?? []).toHaveLength(0);
    expect(await indexRow('2026-04', 'officer', 'officer-reissued')).toMatchObject({
      answers: 0,
    });
    // The slip handed out last still works.
    expect((await answer(reissued.link.split('/').pop() ?? '', satisfiedAnswers())).status).toBe(
      201,
    );
  });

  it('should store one answer when two arrive at once with the same token', async () => {
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-04-05T03:00:00.000Z',
      officerId: 'officer-race',
    });
    const slip = await slipFor(dossierId);

    const statuses = (
      await Promise.all([
        answer(slip.token, satisfiedAnswers()),
        answer(slip.code, { ...satisfiedAnswers(), overall: 4 }),
      ])
    ).map((response) => response.status);

    expect(statuses.sort()).toEqual([201, 409]);
    expect(await indexRow('2026-04', 'officer', 'officer-race')).toMatchObject({
      invitations: 1,
      answers: 1,
      satisfied: 1,
    });
  });

  it('should publish the dissatisfaction on the broker for a failed conduct item or a low rating', async () => {
    const [lateId = '', rudeId = ''] = await returnDossiers(
      survey,
      { returnedAt: '2026-05-05T03:00:00.000Z', officerId: 'officer-late', onTime: false },
      // Published before result events carried the procedure name.
      { returnedAt: '2026-05-06T03:00:00.000Z', officerId: 'officer-rude', procedureName: null },
    );
    const late = await slipFor(lateId);
    const rude = await slipFor(rudeId);

    expect(
      (
        await answer(late.token, {
          ...satisfiedAnswers(),
          overall: 4,
          'keep-appointment': 'no',
          comment: 'Hẹn 3 ngày nhưng 5 ngày mới có kết quả.',
        })
      ).status,
    ).toBe(201);
    expect((await answer(rude.token, { ...satisfiedAnswers(), overall: 2 })).status).toBe(201);

    const lateInvitation = await survey.invitations.findOne({ dossierId: lateId }).lean().exec();
    const rudeInvitation = await survey.invitations.findOne({ dossierId: rudeId }).lean().exec();
    const reported = await eventually(() =>
      probe.find(
        (r) =>
          r.key === lateInvitation?._id &&
          r.headers.ce_type === 'survey.dissatisfaction-reported.v1',
      ),
    );
    expect(reported.headers).toMatchObject({
      ce_subject: lateInvitation?._id,
      ce_communecode: HAC_THANH,
    });
    expect(JSON.parse(reported.value ?? '{}')).toEqual({
      invitationId: lateInvitation?._id,
      communeCode: HAC_THANH,
      provinceCode: '38',
      procedureKey: 'birth-registration',
      procedureName: 'Đăng ký khai sinh',
      officerId: 'officer-late',
      answeredAt: START.toISOString(),
      overallRating: 4,
      failedConductItems: ['keep-appointment'],
      comment: 'Hẹn 3 ngày nhưng 5 ngày mới có kết quả.',
    });
    const lowRating = await eventually(() =>
      probe.find(
        (r) =>
          r.key === rudeInvitation?._id &&
          r.headers.ce_type === 'survey.dissatisfaction-reported.v1',
      ),
    );
    const lowRatingData = JSON.parse(lowRating.value ?? '{}');
    expect(lowRatingData).toMatchObject({
      procedureKey: 'birth-registration',
      overallRating: 2,
      failedConductItems: [],
    });
    expect(lowRatingData).not.toHaveProperty('procedureName');
    const month = await indexRow('2026-05');
    expect(month).toMatchObject({
      invitations: 2,
      answers: 2,
      satisfied: 1,
      satisfactionRate: 0.5,
      dissatisfied: 2,
      // 1 − (1 late return + 1 answer rated 2) ÷ 2 returned
      decision766: { value: 0, attainment: 0 },
    });
  });

  it('should refuse an answer out of range, incomplete or with unknown questions, per field, storing nothing', async () => {
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-06-05T03:00:00.000Z',
      officerId: 'officer-invalid',
    });
    const slip = await slipFor(dossierId);
    const before = await survey.invitations.findOne({ dossierId }).lean().exec();
    const { listen: _listen, ...withoutListen } = satisfiedAnswers();

    const refused = await answer(slip.token, {
      ...withoutListen,
      overall: 6,
      'sipas-access': 0,
      mood: 'vui',
    });
    const notAnObject = await http()
      .post(`/v1/public/surveys/${slip.token}/answers`)
      .send({ answers: 'rất tốt', extra: true });

    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('SURVEY.ANSWER_INVALID');
    expect(refused.body.errors).toEqual([
      { field: 'answers.mood', messages: ['Câu hỏi không có trong phiếu khảo sát.'] },
      { field: 'answers.overall', messages: ['Điểm đánh giá phải là số nguyên từ 1 đến 5.'] },
      { field: 'answers.sipas-access', messages: ['Điểm đánh giá phải là số nguyên từ 1 đến 5.'] },
      { field: 'answers.listen', messages: ['Câu hỏi này bắt buộc trả lời.'] },
    ]);
    expect(notAnObject.status).toBe(400);
    expect((notAnObject.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'answers',
      'extra',
    ]);
    const after = await survey.invitations.findOne({ dossierId }).lean().exec();
    expect(after).toMatchObject({ status: 'open', usedAt: null, answer: null, outbox: [] });
    expect(after?.audit).toHaveLength(before?.audit.length ?? 0);
    expect(await indexRow('2026-06')).toMatchObject({ invitations: 1, answers: 0 });
    // The token was not used up: a corrected answer goes through.
    expect((await answer(slip.token, satisfiedAnswers())).status).toBe(201);
  });

  it('should send one reminder after 7 days and refuse an expired token after 30, storing nothing', async () => {
    const lifecycle = survey.app.get(InvitationLifecycleService);
    survey.clock.set(new Date('2026-12-01T03:00:00Z'));
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-07-05T03:00:00.000Z',
      officerId: 'officer-expiry',
    });
    const slip = await slipFor(dossierId);
    const invitation = await survey.invitations.findOne({ dossierId }).lean().exec();

    const remindedAt = async () =>
      (await survey.invitations.findOne({ dossierId }).lean().exec())?.remindedAt;
    survey.clock.advance(6 * DAY_MS);
    await lifecycle.scan();
    expect(await remindedAt()).toBeNull();
    survey.clock.advance(1 * DAY_MS);
    expect((await lifecycle.scan()).reminded).toBeGreaterThanOrEqual(1);
    expect(await remindedAt()).toEqual(new Date('2026-12-08T03:00:00Z'));
    expect((await lifecycle.scan()).reminded).toBe(0);
    const reminder = await eventually(() =>
      probe.find(
        (r) => r.key === invitation?._id && r.headers.ce_type === 'survey.reminder-due.v1',
      ),
    );
    expect(JSON.parse(reminder.value ?? '{}')).toMatchObject({
      invitationId: invitation?._id,
      dossierId,
      reminderNumber: 1,
      expiresAt: '2026-12-31T03:00:00.000Z',
    });

    survey.clock.set(new Date('2026-12-31T03:00:00Z'));
    const opened = await http().get(`/v1/public/surveys/${slip.token}`);
    const answered = await answer(slip.code, satisfiedAnswers());
    expect(opened.status).toBe(410);
    expect(answered.status).toBe(410);
    expect(answered.body.code).toBe('SURVEY.EXPIRED');
    expect(answered.body.message).toContain('đã hết hạn');
    expect((await lifecycle.scan()).expired).toBeGreaterThanOrEqual(1);
    expect(await survey.invitations.findOne({ dossierId }).lean().exec()).toMatchObject({
      status: 'expired',
      usedAt: null,
      answer: null,
    });
    expect(await indexRow('2026-07')).toMatchObject({ invitations: 1, answers: 0 });
    survey.clock.set(START);
  });

  it('should count an answer whose counting a crash interrupted, once, at the next scans', async () => {
    const lifecycle = survey.app.get(InvitationLifecycleService);
    const repository = survey.app.get(InvitationRepository);
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-08-05T03:00:00.000Z',
      officerId: 'officer-crash',
    });
    const invitation = await repository.findByIdAsSystem(invitationIdFor(dossierId, null));
    const sheet = readAnswerSheet(DEFAULT_QUESTIONNAIRE, satisfiedAnswers());
    // The answer's write succeeded, then the process died before counting it.
    await repository.recordAnswer(
      invitation?.id ?? '',
      { kind: 'token', digest: invitation?.credentials.tokenHash ?? '' },
      { answeredAt: START, values: sheet.values, assessment: sheet.assessment },
      [],
      auditEntry({ subject: 'test', roles: [] }, 'survey.answered', [], START),
    );
    expect(await indexRow('2026-08', 'officer', 'officer-crash')).toMatchObject({ answers: 0 });

    // A scan repairs a batch of uncounted invitations at a time; other tests' may come first.
    await eventually(async () => {
      await lifecycle.scan();
      const row = await indexRow('2026-08', 'officer', 'officer-crash');
      return (row as { answers?: number } | undefined)?.answers === 1 ? true : undefined;
    });
    await lifecycle.scan();

    expect(await indexRow('2026-08', 'officer', 'officer-crash')).toMatchObject({
      invitations: 1,
      answers: 1,
      satisfied: 1,
    });
    expect(await indexRow('2026-08')).toMatchObject({ invitations: 1, answers: 1 });
  });

  it('should show the indexes per procedure and officer to the commune and province, and export them as CSV', async () => {
    const province = await authority.bearer({ roles: ['province'], province: '38' });
    const neighbour = await authority.bearer({ roles: ['leader'], communes: ['14800'] });

    const rows = await http()
      .get(`/v1/indexes?communeCode=${HAC_THANH}&period=2026-05`)
      .set('Authorization', province);
    const forbidden = await http()
      .get(`/v1/indexes?communeCode=${HAC_THANH}&period=2026-05`)
      .set('Authorization', neighbour);
    const badPeriod = await http()
      .get(`/v1/indexes?communeCode=${HAC_THANH}&period=2026-13`)
      .set('Authorization', leader);
    const badDimension = await http()
      .get(`/v1/indexes?communeCode=${HAC_THANH}&period=2026-05&dimension=district`)
      .set('Authorization', leader);
    const csv = await http()
      .get(`/v1/indexes.csv?communeCode=${HAC_THANH}&period=2026-05`)
      .set('Authorization', leader);

    expect(rows.status).toBe(200);
    expect(
      (rows.body as { dimension: string; key: string }[]).map((row) => [row.dimension, row.key]),
    ).toEqual([
      ['commune', ''],
      ['procedure', 'birth-registration'],
      ['officer', 'officer-late'],
      ['officer', 'officer-rude'],
    ]);
    expect(forbidden.status).toBe(403);
    expect(badPeriod.status).toBe(400);
    expect(badDimension.status).toBe(400);
    expect(badDimension.body.errors).toEqual([
      {
        field: 'dimension',
        messages: ['Tiêu chí phân tổ phải là commune, procedure hoặc officer.'],
      },
    ]);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="chi-so-hai-long-14797-2026-05.csv"',
    );
    const text = csv.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^Mã xã\/phường,Tên xã\/phường,Kỳ báo cáo,Phạm vi,/);
    expect(lines[0]).toContain('Không trễ hẹn (% có)');
    expect(lines[1]).toMatch(
      /^14797,Phường Hạc Thành,2026-05,"Toàn xã, phường",,2,2,100\.0,1,50\.0,2,0\.0,3\.00,/,
    );
    expect(lines[3]).toMatch(/^14797,Phường Hạc Thành,2026-05,Theo công chức,officer-late,1,1,/);
  });

  it('should let a leader publish a validated questionnaire version that new invitations use', async () => {
    /** A leader's short questionnaire for the commune. */
    const shortForm = (questions: object[]) =>
      http()
        .post('/v1/questionnaires')
        .set('Authorization', leader)
        .send({ communeCode: HAC_THANH, title: 'Phiếu rút gọn', questions });
    const officerAttempt = await http()
      .post('/v1/questionnaires')
      .set('Authorization', officer)
      .send({ communeCode: HAC_THANH, title: 'x', questions: [] });
    const invalid = await shortForm([
      {
        key: 'listen',
        type: 'rating',
        text: 'Lắng nghe?',
        measure: { kind: 'conduct', item: 'listen' },
      },
    ]);
    const published = await shortForm([
      {
        key: 'overall',
        type: 'rating',
        text: 'Ông/Bà hài lòng như thế nào?',
        required: true,
        scale: { min: 1, max: 5 },
        measure: { kind: 'overall' },
      },
      {
        key: 'on-time',
        type: 'yes-no',
        text: 'Có đúng hẹn không?',
        required: true,
        measure: { kind: 'conduct', item: 'keep-appointment' },
      },
    ]);

    expect(officerAttempt.status).toBe(403);
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('QUESTIONNAIRE.INVALID');
    expect((invalid.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'questions.0.scale',
      'questions',
    ]);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 2, anonymous: true });

    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-09-05T03:00:00.000Z',
    });
    const slip = await slipFor(dossierId);
    const opened = await http().get(`/v1/public/surveys/${slip.token}`);
    expect(opened.body.questionnaireVersion).toBe(2);
    expect((opened.body.questions as { key: string }[]).map((q) => q.key)).toEqual([
      'overall',
      'on-time',
    ]);
    expect((await answer(slip.token, { overall: 5, 'on-time': 'no' })).status).toBe(201);
    const row = await indexRow('2026-09');
    expect(row).toMatchObject({ answers: 1, satisfied: 1, dissatisfied: 1 });
    const versions = await http()
      .get(`/v1/questionnaires?communeCode=${HAC_THANH}`)
      .set('Authorization', officer);
    expect((versions.body as { version: number }[]).map((v) => v.version)).toEqual([2, 1]);
  });

  it('should record who revealed and who answered in the audit trail, without the answer', async () => {
    const trail = await http()
      .get(`/v1/audit-trail?communeCode=${HAC_THANH}`)
      .set('Authorization', leader);

    expect(trail.status).toBe(200);
    const actions = new Set((trail.body as { action: string }[]).map((row) => row.action));
    for (const action of [
      'survey.invitation.issued',
      'survey.invitation.revealed',
      'survey.invitation.reissued',
      'survey.invitation.reminded',
      'survey.invitation.expired',
      'survey.answered',
      'questionnaire.published',
    ]) {
      expect(actions).toContain(action);
    }
    expect(JSON.stringify(trail.body)).not.toContain('Hẹn 3 ngày');
  });

  // Last: it spends this client's budget on the credential routes for the rest of the minute.
  it('should count every spelling of a short code against one budget (review L3)', async () => {
    const [dossierId = ''] = await returnDossiers(survey, {
      returnedAt: '2026-10-05T03:00:00.000Z',
    });
    const { code } = await slipFor(dossierId);
    const bare = code.replace('-', '');
    const spellings = [
      code,
      bare.toLowerCase(),
      `${bare.slice(0, 4)} ${bare.slice(4)}`,
      `${bare.slice(0, 4)}.${bare.slice(4)}`.toLowerCase(),
      `${bare.slice(0, 4)}–${bare.slice(4)}`,
    ];

    // From an address of its own: the other tests spent 127.0.0.1's budget this minute.
    const server = survey.app.getHttpServer() as Server;
    if (!server.listening) {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    }
    const { port } = server.address() as AddressInfo;
    const from = async (method: 'GET' | 'POST', path: string) => {
      const reply = await requestFrom({ port, method, path, from: '127.0.3.1' });
      return {
        status: reply.status,
        code: (JSON.parse(reply.body.toString() || '{}') as { code?: string }).code,
        retryAfter: reply.headers['retry-after'],
      };
    };
    const served: number[] = [];
    for (let attempt = 0; attempt < CLIENT_CREDENTIAL_LIMIT_PER_MINUTE; attempt += 1) {
      const spelling = encodeURIComponent(spellings[attempt % spellings.length] ?? code);
      served.push((await from('GET', `/v1/public/surveys/${spelling}`)).status);
    }
    const refused = await from('GET', `/v1/public/surveys/${bare.toLowerCase()}`);

    expect(new Set(served)).toEqual(new Set([200]));
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('REQUEST.RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(
      (await from('POST', `/v1/public/surveys/${encodeURIComponent(` ${bare} `)}/answers`)).status,
    ).toBe(429);
  });
});
