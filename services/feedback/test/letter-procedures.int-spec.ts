import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { TestRun } from '@libs/testing';

import { FeedbackCaseRecord } from '../src/cases/infrastructure/feedback-case.schema';
import { openDeskBox, startFeedback } from './support';

// Monday 2 March 2026, 09:00 in Vietnam.
const START = new Date('2026-03-02T02:00:00Z');

/**
 * Complaints and denunciations leave the petition flow (Luật Khiếu nại 2011, Luật Tố cáo 2018;
 * sources in docs/legal-basis.md): routing, acceptance (thụ lý) and extensions over HTTP.
 */
describe('feedback: complaint and denunciation procedures over HTTP and the store', () => {
  const run = new TestRun();
  const { authority } = run;
  const clock = new ManualClock(START);
  let app: INestApplication;
  let cases: Model<FeedbackCaseRecord>;
  let officer: string;
  let leader: string;
  let boxId: string;

  const http = () => request(app.getHttpServer());
  const act = (caseId: string, action: string, body: object, authorization = officer) =>
    http()
      .post(`/v1/feedback-cases/${caseId}/${action}`)
      .set('Authorization', authorization)
      .send(body);
  /** A letter entered from the suggestion box; it starts as a petition. */
  const letter = async (content: string) => {
    const opened = await http()
      .post(`/v1/suggestion-boxes/${boxId}/openings`)
      .set('Authorization', officer)
      .send({
        openedOn: '2026-03-02',
        officersPresent: ['Lê Văn Minh', 'Trần Thị Hoa'],
        letters: [{ kind: 'petition', content }],
      });
    expect(opened.status).toBe(201);
    return opened.body.cases[0].caseId as string;
  };
  const stored = async (caseId: string) => {
    const record = await cases.findById(caseId).lean<FeedbackCaseRecord>().exec();
    return { revision: record?.revision, route: record?.statutoryRoute };
  };

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });
    app = await startFeedback(run, { options: { clock } });
    cases = app.get(getModelToken(FeedbackCaseRecord.name));
    boxId = await openDeskBox(app, officer);
  });

  afterAll(() => run.cleanUp());

  it('should route a denunciation out of the petition flow, accept it and refuse an extension the law does not allow, storing nothing', async () => {
    const caseId = await letter('Tố cáo cán bộ địa chính phường nhận tiền khi làm thủ tục.');
    const opened = await http().get(`/v1/feedback-cases/${caseId}`).set('Authorization', officer);
    // xử lý đơn: 10 working days after Monday 2 March 2026, to the end of that day
    expect(opened.body.handlingDueAt).toBe('2026-03-16T16:59:59.999Z');

    const routed = await act(caseId, 'route', {
      procedure: 'denunciation',
      reason: 'Đơn tố cáo hành vi vi phạm của cán bộ.',
    });
    expect(routed.status).toBe(200);
    expect(routed.body).toMatchObject({
      status: 'routed',
      statutoryRoute: {
        procedure: 'denunciation',
        // Luật Tố cáo Art. 24(1): 7 working days, Tuesday 3 to Wednesday 11 March
        acceptanceDueAt: '2026-03-11T16:59:59.999Z',
        extensionCount: 0,
      },
    });
    expect(routed.body.statutoryRoute).not.toHaveProperty('resolutionDueAt');
    expect((await act(caseId, 'route', { procedure: 'complaint', reason: 'x' })).status).toBe(409);

    const early = await act(caseId, 'extend', { days: 10, reason: 'Cần xác minh thêm.' }, leader);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('FEEDBACK_CASE.NOT_ACCEPTED');

    clock.set(new Date('2026-03-05T02:00:00Z'));
    const accepted = await act(caseId, 'accept', { complexity: 'normal' });
    expect(accepted.status).toBe(200);
    // Art. 30: 30 days from acceptance on Thursday 5 March, Saturday 4 April → Monday 6 April
    expect(accepted.body.statutoryRoute).toMatchObject({
      acceptedAt: '2026-03-05T02:00:00.000Z',
      complexity: 'normal',
      resolutionDueAt: '2026-04-06T16:59:59.999Z',
    });

    const before = await stored(caseId);
    const byOfficer = await act(caseId, 'extend', { days: 10, reason: 'Cần xác minh.' });
    expect(byOfficer.status).toBe(403);
    const refused = await act(caseId, 'extend', { days: 10, reason: 'Cần xác minh.' }, leader);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('FEEDBACK_CASE.EXTENSION_NOT_ALLOWED');
    expect(refused.body.message).toContain('Luật Tố cáo, Điều 30');
    const tooLong = await act(caseId, 'extend', { days: 31, reason: 'Cần xác minh.' }, leader);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([
      { field: 'days', messages: ['Số ngày gia hạn tối đa là 30 ngày (Luật Tố cáo, Điều 30).'] },
    ]);
    expect(await stored(caseId)).toEqual(before);
    expect(before.route?.extensions).toEqual([]);
  });

  it('should extend a complex denunciation once and refuse the second, storing nothing', async () => {
    clock.set(START);
    const caseId = await letter('Tố cáo việc lấn chiếm đất công tại tổ dân phố 4.');
    expect(
      (await act(caseId, 'route', { procedure: 'denunciation', reason: 'Tố cáo.' })).status,
    ).toBe(200);
    expect((await act(caseId, 'accept', { complexity: 'complex' })).status).toBe(200);

    const extended = await act(
      caseId,
      'extend',
      { days: 30, reason: 'Vụ việc phức tạp, cần trưng cầu giám định.' },
      leader,
    );
    expect(extended.status).toBe(200);
    // 30 days from Monday 2 March is Wednesday 1 April; 30 more is Friday 1 May (a holiday),
    // then Saturday and Sunday: Monday 4 May
    expect(extended.body.statutoryRoute).toMatchObject({
      resolutionDueAt: '2026-05-04T16:59:59.999Z',
      extensionCount: 1,
    });

    const before = await stored(caseId);
    const second = await act(caseId, 'extend', { days: 5, reason: 'Gia hạn lần hai.' }, leader);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      code: 'FEEDBACK_CASE.EXTENSION_NOT_ALLOWED',
      message: 'Vụ việc phức tạp chỉ được gia hạn 1 lần (Luật Tố cáo, Điều 30).',
    });
    expect(await stored(caseId)).toEqual(before);
  });

  it('should refuse any extension of a complaint, whose longer period comes at acceptance', async () => {
    clock.set(START);
    const caseId = await letter('Khiếu nại quyết định xử phạt vi phạm hành chính của phường.');
    expect(
      (await act(caseId, 'route', { procedure: 'complaint', reason: 'Khiếu nại.' })).status,
    ).toBe(200);
    const accepted = await act(caseId, 'accept', { complexity: 'complex' });
    // Luật Khiếu nại Art. 28: 45 days for a complex case, Monday 2 March → Thursday 16 April
    expect(accepted.body.statutoryRoute.resolutionDueAt).toBe('2026-04-16T16:59:59.999Z');

    const before = await stored(caseId);
    const refused = await act(caseId, 'extend', { days: 10, reason: 'Cần xác minh.' }, leader);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('FEEDBACK_CASE.EXTENSION_NOT_ALLOWED');
    expect(refused.body.message).toContain('Luật Khiếu nại');
    expect(await stored(caseId)).toEqual(before);
  });

  it('should flag a past week without a citizen reception, counting a reception on any day of a week', async () => {
    clock.set(new Date('2026-03-04T03:00:00Z'));
    const logged = await http()
      .post('/v1/receptions')
      .set('Authorization', leader)
      .send({
        communeCode: '14797',
        kind: 'reception',
        heldOn: '2026-03-02',
        leaderName: 'Nguyễn Văn Hải, Chủ tịch UBND phường',
        citizenCount: 6,
        issues: [{ summary: 'Đề nghị sửa đường ngõ 12 phố Lê Lai.' }],
      });
    expect(logged.status).toBe(201);
    const compliance = (from: string, to: string) =>
      http()
        .get(`/v1/reception-compliance?communeCode=14797&from=${from}&to=${to}`)
        .set('Authorization', officer);

    // Luật Tiếp công dân 2013 Art. 15(2)(d): at least one day a week
    const weeks = await compliance('2026-02-23', '2026-03-04');
    expect(weeks.status).toBe(200);
    // No schedule set in this commune: no scheduled day to miss, the weekly rule still applies.
    const unscheduled = { scheduledOn: [], missedScheduledDays: [] };
    expect(weeks.body).toEqual([
      {
        weekStart: '2026-02-23',
        weekEnd: '2026-03-01',
        heldOn: [],
        status: 'missed',
        ...unscheduled,
      },
      {
        weekStart: '2026-03-02',
        weekEnd: '2026-03-08',
        heldOn: ['2026-03-02'],
        status: 'held',
        ...unscheduled,
      },
    ]);
    // a range starting on Wednesday still sees Monday's reception
    expect((await compliance('2026-03-04', '2026-03-04')).body).toEqual([weeks.body[1]]);
    const backwards = await compliance('2026-03-04', '2026-02-23');
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('to');
  });
});
