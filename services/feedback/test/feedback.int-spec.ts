import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import {
  DEADLINE_OVERDUE_V1,
  DeadlineOverdueV1,
  SURVEY_DISSATISFACTION_REPORTED_V1,
  SurveyDissatisfactionReportedV1,
  toKafkaRecord,
  TOPICS,
} from '@libs/contracts';
import { auditedActions, eventually, producedEvent, produceRaw, TestRun } from '@libs/testing';

import { FeedbackCaseRecord } from '../src/cases/infrastructure/feedback-case.schema';
import { openDeskBox, startFeedback } from './support';

// Monday 2 March 2026, 09:00 in Vietnam.
const START = new Date('2026-03-02T02:00:00Z');
const CASE_CODE = /^PA-14797-2026-\d{4}$/;

describe('feedback: suggestion boxes, petitions, receptions over HTTP, Kafka and the store', () => {
  const run = new TestRun();
  const { authority, brokers, prefix } = run;
  const probe = run.probe();
  const clock = new ManualClock(START);
  let app: INestApplication;
  let cases: Model<FeedbackCaseRecord>;
  let officer: string;
  let leader: string;
  let neighbour: string;
  let provinceOfficer: string;

  const http = () => request(app.getHttpServer());
  const submit = (body: object, key?: string) => {
    const call = http().post('/v1/public/feedback').send(body);
    return key ? call.set('Idempotency-Key', key) : call;
  };
  const caseByCode = async (code: string, authorization = officer) => {
    const found = await http()
      .get(`/v1/feedback-cases?code=${code}`)
      .set('Authorization', authorization);
    expect(found.status).toBe(200);
    return found.body[0];
  };
  const act = (caseId: string, action: string, body: object = {}, authorization = officer) =>
    http()
      .post(`/v1/feedback-cases/${caseId}/${action}`)
      .set('Authorization', authorization)
      .send(body);
  const brokerEvents = (type: string, caseId: string) =>
    probe.records.filter((record) => record.key === caseId && record.headers.ce_type === type);
  let boxId: string;
  const openBox = (letters: object[], key?: string) => {
    const call = http()
      .post(`/v1/suggestion-boxes/${boxId}/openings`)
      .set('Authorization', officer)
      .send({ openedOn: '2026-03-02', officersPresent: ['Lê Văn Minh', 'Trần Thị Hoa'], letters });
    return key ? call.set('Idempotency-Key', key) : call;
  };
  /** A petition entered from the box, so tests need not spend the public rate limit. */
  const boxPetition = async (content: string, contact?: object) => {
    const opened = await openBox([{ kind: 'petition', content, ...(contact ? { contact } : {}) }]);
    expect(opened.status).toBe(201);
    return opened.body.cases[0] as { caseId: string; caseCode: string };
  };

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });
    neighbour = await authority.bearer({ roles: ['officer'], communes: ['14800'] });
    provinceOfficer = await authority.bearer({ roles: ['province'], province: '38' });
    app = await startFeedback(run, {
      options: { clock },
      // the tests call from 127.0.0.1, standing in for the console in front of the service
      settings: {
        HTTP_BODY_LIMIT: '64kb',
        CONSUMER_RETRY_BASE_MS: '50',
        TRUSTED_PROXIES: 'loopback',
      },
    });
    cases = app.get(getModelToken(FeedbackCaseRecord.name));
    await probe.start([`${prefix}${TOPICS.feedbackCase}`]);
    boxId = await openDeskBox(app, officer);
  });

  afterAll(() => run.cleanUp());

  describe('online submissions', () => {
    it('should receive an anonymous petition, give its case number and publish case-opened without contact', async () => {
      const response = await submit({
        communeCode: '14797',
        kind: 'petition',
        category: 'infrastructure',
        content: 'Đèn chiếu sáng ngõ 5 phố Lê Lai bị hỏng đã hai tuần.',
      });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        kind: 'petition',
        statusLabel: 'Đã tiếp nhận',
        receivedAt: START.toISOString(),
        // Ten working days after Monday 2 March, at the close of office.
        expectedAnswerAt: '2026-03-16T10:00:00.000Z',
      });
      expect(response.body.caseCode).toMatch(CASE_CODE);
      const stored = await caseByCode(response.body.caseCode);
      expect(stored).toMatchObject({ channel: 'online', status: 'received', escalated: false });
      expect(stored).not.toHaveProperty('contact');
      const record = await eventually(
        () => brokerEvents('feedback.case-opened.v1', stored.caseId)[0],
        { description: 'feedback.case-opened.v1 on the broker' },
      );
      const data = JSON.parse(record.value ?? '{}');
      expect(data).toMatchObject({
        caseId: stored.caseId,
        caseCode: response.body.caseCode,
        communeCode: '14797',
        provinceCode: '38',
        kind: 'petition',
        channel: 'online',
        responseWorkingDays: 10,
      });
      expect(data).not.toHaveProperty('contact');
    });

    it('should publish the contact of a named submission, so correspondence can thank the citizen', async () => {
      const response = await submit({
        communeCode: '14797',
        kind: 'suggestion',
        content: 'Đề nghị bố trí thêm ghế chờ tại Bộ phận một cửa.',
        contact: {
          fullName: 'Nguyễn  Thị Lan',
          addressLine: 'Số 8, ngõ 3, phố Lê Lai',
          email: 'Lan.Nguyen@example.vn',
          phone: '0912 345 678',
        },
      });

      expect(response.status).toBe(201);
      // A suggestion is thanked; no answer is owed by a deadline.
      expect(response.body).not.toHaveProperty('expectedAnswerAt');
      const stored = await caseByCode(response.body.caseCode);
      const record = await eventually(
        () => brokerEvents('feedback.case-opened.v1', stored.caseId)[0],
        { description: 'named case-opened on the broker' },
      );
      const data = JSON.parse(record.value ?? '{}');
      expect(data.contact).toEqual({
        fullName: 'Nguyễn Thị Lan',
        addressLine: 'Số 8, ngõ 3, phố Lê Lai',
        email: 'lan.nguyen@example.vn',
        phone: '0912345678',
      });
      expect(data).not.toHaveProperty('responseWorkingDays');
    });

    it('should refuse an empty, blank, oversized or malformed letter with a message per field and store nothing', async () => {
      const before = await cases.countDocuments().exec();

      const answers = await Promise.all([
        submit({ communeCode: '14797', content: '' }),
        submit({ communeCode: '14797', content: ' \n\t  ' }),
        submit({ communeCode: '14797', content: 'Đ'.repeat(5001) }),
        submit({ communeCode: '147', kind: 'complaint', content: 'x', contact: { email: 'x' } }),
        submit({ communeCode: '99999', content: 'Nội dung hợp lệ' }),
      ]);

      expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400]);
      const fields = (index: number) =>
        (answers[index]?.body.errors as { field: string }[]).map((problem) => problem.field);
      expect(fields(0)).toEqual(['content']);
      expect(answers[0]?.body.errors[0].messages).toContain('Nội dung không được để trống.');
      expect(answers[1]?.body).toMatchObject({ code: 'FEEDBACK.INVALID' });
      expect(fields(1)).toEqual(['content']);
      expect(answers[2]?.body.errors[0].messages).toContain(
        'Nội dung không được dài quá 5000 ký tự.',
      );
      expect(fields(3)).toEqual(
        expect.arrayContaining(['communeCode', 'kind', 'contact.fullName', 'contact.email']),
      );
      expect(fields(4)).toEqual(['communeCode']);
      expect(await cases.countDocuments().exec()).toBe(before);
      expect(probe.records.filter((record) => record.value?.includes('Nội dung hợp lệ'))).toEqual(
        [],
      );
    });

    it('should refuse a contact e-mail that is not an ordinary mailbox, in Vietnamese, storing nothing (review L7)', async () => {
      const before = await cases.countDocuments().exec();
      const letter = (email: string) => ({
        communeCode: '14797',
        content: 'Đèn đường ngõ 5 không sáng.',
        contact: { fullName: 'Nguyễn Văn A', email },
      });

      const answers = await Promise.all(
        ['"a\r\nbcc:x"@x.vn', 'a@x.vn\r\nBcc: y@z.vn', '"an nguyen"@x.vn'].map((email) =>
          submit(letter(email)),
        ),
      );

      for (const answer of answers) {
        expect(answer.status).toBe(400);
        expect(answer.body.errors).toEqual([
          { field: 'contact.email', messages: [expect.stringContaining('không hợp lệ')] },
        ]);
      }
      expect(await cases.countDocuments().exec()).toBe(before);
    });

    it('should send Cache-Control: no-store with cases, which carry the citizen’s contact', async () => {
      const { caseId } = await boxPetition('Cống thoát nước ngõ 9 bị tắc.', {
        fullName: 'Trần Văn Bình',
        phone: '0987654321',
      });
      const one = await http().get(`/v1/feedback-cases/${caseId}`).set('Authorization', officer);
      const list = await http()
        .get('/v1/feedback-cases?communeCode=14797')
        .set('Authorization', officer);

      expect(one.status).toBe(200);
      expect(one.body.contact).toMatchObject({ fullName: 'Trần Văn Bình' });
      expect(one.headers['cache-control']).toBe('no-store');
      expect(list.headers['cache-control']).toBe('no-store');
    });

    it('should open one case for a letter sent twice, by key or by content, and a new one after the window', async () => {
      const letter = {
        communeCode: '14797',
        kind: 'recommendation',
        content: 'Kiến nghị mở rộng giờ tiếp nhận hồ sơ vào sáng thứ Bảy.',
        contact: { fullName: 'Trần Văn Bình', phone: '0987654321' },
      };
      const key = `portal-${randomUUID()}`;

      const first = await submit(letter, key);
      const retried = await submit(letter, key);
      const resent = await submit({ ...letter, content: `  ${letter.content.toUpperCase()} ` });
      const keyReused = await submit({ ...letter, content: 'Một nội dung khác hẳn.' }, key);

      expect(first.status).toBe(201);
      expect([retried.status, resent.status]).toEqual([200, 200]);
      expect(retried.body.caseCode).toBe(first.body.caseCode);
      expect(resent.body.caseCode).toBe(first.body.caseCode);
      expect(keyReused.status).toBe(409);
      expect(keyReused.body.code).toBe('REQUEST.IDEMPOTENCY_KEY_REUSED');
      expect(await cases.countDocuments({ content: { $regex: 'sáng thứ Bảy' } }).exec()).toBe(1);

      clock.advance(31 * 60_000);
      const later = await submit(letter);

      expect(later.status).toBe(201);
      expect(later.body.caseCode).not.toBe(first.body.caseCode);
      expect(await cases.countDocuments({ content: { $regex: 'sáng thứ Bảy' } }).exec()).toBe(2);
    });
  });

  describe('handling a case', () => {
    it('should refuse an illegal move with 409 and walk the legal path to an answer on the broker', async () => {
      const { caseId } = await boxPetition('Mương thoát nước tổ dân phố 7 bị tắc.');

      const closedTooEarly = await act(caseId, 'close');
      const startedTooEarly = await act(caseId, 'start');
      expect(closedTooEarly.status).toBe(409);
      expect(closedTooEarly.body).toMatchObject({
        code: 'FEEDBACK_CASE.TRANSITION_NOT_ALLOWED',
        message: 'Không thể chuyển phản ánh từ trạng thái "Đã tiếp nhận" sang "Đã kết thúc".',
      });
      expect(startedTooEarly.status).toBe(409);

      const assigned = await act(caseId, 'assign', {
        assignee: { type: 'unit', name: 'Công chức Địa chính - Xây dựng' },
        category: 'environment',
      });
      expect(assigned.status).toBe(200);
      expect(assigned.body).toMatchObject({
        status: 'assigned',
        category: 'environment',
        nextStatuses: [
          'assigned',
          'in-progress',
          'answered',
          'duplicate',
          'not-competent',
          'routed',
        ],
      });
      expect((await act(caseId, 'start')).body.status).toBe('in-progress');
      const answered = await act(caseId, 'answer', {
        answer: 'Phường đã nạo vét mương ngày 03/3/2026.',
        publicSummary: 'Mương thoát nước tổ dân phố 7 bị tắc.',
      });
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({
        status: 'answered',
        answerNotification: { channel: 'public-list', status: 'published-only' },
      });
      expect((await act(caseId, 'answer', { answer: 'Lần nữa' })).status).toBe(409);
      expect((await act(caseId, 'close')).body.status).toBe('closed');
      expect(
        (await act(caseId, 'assign', { assignee: { type: 'leader', name: 'X' } })).status,
      ).toBe(409);

      const record = await eventually(() => brokerEvents('feedback.case-answered.v1', caseId)[0], {
        description: 'feedback.case-answered.v1 on the broker',
      });
      expect(JSON.parse(record.value ?? '{}')).toMatchObject({
        caseId,
        outcome: 'answered',
        answeredAt: clock.now().toISOString(),
        // reports count petitions answered on time from these
        dueAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        onTime: true,
      });
    });

    it('should settle a duplicate and a case outside the commune’s competence, each stopping the deadline', async () => {
      const original = await boxPetition('Rác thải tập kết sai nơi ở đầu ngõ 12.');
      const repeat = await boxPetition('Rác để sai chỗ ở đầu ngõ 12, đề nghị xử lý.');
      const elsewhere = await boxPetition('Đề nghị nâng cấp quốc lộ 1A đoạn qua phường.');

      const marked = await act(repeat.caseId, 'mark-duplicate', {
        duplicateOfCaseCode: original.caseCode,
      });
      const ownCode = await act(original.caseId, 'mark-duplicate', {
        duplicateOfCaseCode: original.caseCode,
      });
      const declined = await act(elsewhere.caseId, 'decline', {
        reason: 'Quốc lộ do Bộ Xây dựng quản lý; phường đã chuyển kiến nghị.',
        referredTo: 'Sở Xây dựng tỉnh Thanh Hóa',
      });

      expect(marked.body).toMatchObject({ status: 'duplicate', duplicateOf: original.caseCode });
      expect(ownCode.status).toBe(400);
      expect(declined.body).toMatchObject({
        status: 'not-competent',
        referredTo: 'Sở Xây dựng tỉnh Thanh Hóa',
      });
      const outcomes = await eventually(() => {
        const found = [repeat.caseId, elsewhere.caseId].map(
          (id) => brokerEvents('feedback.case-answered.v1', id)[0],
        );
        return found.every(Boolean) ? found : undefined;
      });
      expect(outcomes.map((record) => JSON.parse(record?.value ?? '{}').outcome)).toEqual([
        'duplicate',
        'not-competent',
      ]);
    });

    it('should keep each commune to its own cases, let the province read but not act, and audit each change', async () => {
      const { caseId, caseCode } = await boxPetition('Đường ngõ 9 xuống cấp.');
      const otherProvince = await authority.bearer({ roles: ['province'], province: '01' });

      expect(
        (await http().get(`/v1/feedback-cases/${caseId}`).set('Authorization', neighbour)).status,
      ).toBe(404);
      expect(
        (await act(caseId, 'assign', { assignee: { type: 'unit', name: 'X' } }, neighbour)).status,
      ).toBe(404);
      expect((await caseByCode(caseCode, neighbour)) ?? null).toBeNull();
      expect(
        (await http().get(`/v1/feedback-cases/${caseId}`).set('Authorization', provinceOfficer))
          .status,
      ).toBe(200);
      expect(
        (await http().get(`/v1/feedback-cases/${caseId}`).set('Authorization', otherProvince))
          .status,
      ).toBe(404);
      const provinceAct = await act(caseId, 'start', {}, provinceOfficer);
      expect(provinceAct.status).toBe(403);
      const foreignBox = await http()
        .post('/v1/suggestion-boxes')
        .set('Authorization', neighbour)
        .send({
          communeCode: '14797',
          name: 'Hòm lạ',
          locationKind: 'cultural-house',
          address: 'x',
        });
      expect(foreignBox.status).toBe(403);
      expect(foreignBox.body.code).toBe('TENANCY.FORBIDDEN');

      await act(caseId, 'assign', {
        assignee: { type: 'officer', id: 'officer-14797', name: 'Lê Văn Minh' },
      });
      const actions = await auditedActions(app, leader, 'communeCode=14797', caseId);
      expect(actions).toEqual(['feedback-case.assigned', 'feedback-case.opened']);
    });
  });

  describe('escalation', () => {
    const overdue = (
      target: { caseId: string; caseCode: string },
      ids: { eventId: string; deadlineId: string },
    ) =>
      producedEvent(DEADLINE_OVERDUE_V1, {
        id: ids.eventId,
        subject: ids.deadlineId,
        time: '2026-03-16T10:00:00.000Z',
        data: Object.assign(new DeadlineOverdueV1(), {
          deadlineId: ids.deadlineId,
          subjectType: 'feedback-case' as const,
          subjectId: target.caseId,
          subjectCode: target.caseCode,
          communeCode: '14797',
          provinceCode: '38',
          dueAt: '2026-03-16T10:00:00.000Z',
          detectedAt: '2026-03-16T10:00:00.000Z',
        }),
      });

    it('should escalate an overdue petition to the leader once, however often the event arrives', async () => {
      const late = await boxPetition('Cống hộp phố Hàng Đồng bị vỡ nắp.');
      const marker = await boxPetition('Biển báo ngõ 2 bị đổ.');
      const deadlineId = randomUUID();
      const event = overdue(late, { eventId: randomUUID(), deadlineId });
      clock.set(new Date('2026-03-16T10:00:05Z'));

      // The same event twice, then another on the same partition: once the marker is
      // handled, both copies have been.
      await produceRaw(brokers, `${prefix}${TOPICS.deadlineAlert}`, [
        toKafkaRecord(event),
        toKafkaRecord(event),
        {
          ...toKafkaRecord(overdue(marker, { eventId: randomUUID(), deadlineId: randomUUID() })),
          key: deadlineId,
        },
      ]);

      await eventually(
        async () => ((await caseByCode(marker.caseCode, leader)).escalated ? true : undefined),
        {
          description: 'the marker case escalated',
        },
      );
      const escalated = await http()
        .get(`/v1/feedback-cases/${late.caseId}`)
        .set('Authorization', leader);
      expect(escalated.body).toMatchObject({
        escalated: true,
        status: 'received',
        escalation: {
          to: 'leader',
          escalatedAt: '2026-03-16T10:00:05.000Z',
          dueAt: '2026-03-16T10:00:00.000Z',
        },
      });
      expect(escalated.body.escalation.reason).toContain('Quá hạn trả lời');
      const forLeader = await http()
        .get('/v1/feedback-cases?communeCode=14797&escalated=true')
        .set('Authorization', leader);
      expect(forLeader.body.map((row: { caseId: string }) => row.caseId)).toEqual(
        expect.arrayContaining([late.caseId, marker.caseId]),
      );
      const stored = await cases.findById(late.caseId).lean().exec();
      expect(stored?.audit.filter((entry) => entry.action === 'feedback-case.escalated')).toEqual([
        expect.objectContaining({
          actor: `event:deadline.overdue.v1:${event.id}`,
          roles: ['system'],
        }),
      ]);
    });

    it('should open one case for the leader per dissatisfied survey answer, even when redelivered', async () => {
      const invitationId = randomUUID();
      const report = (eventId: string, forInvitation = invitationId) => {
        const envelope = producedEvent(SURVEY_DISSATISFACTION_REPORTED_V1, {
          id: eventId,
          subject: forInvitation,
          time: clock.now().toISOString(),
          data: Object.assign(new SurveyDissatisfactionReportedV1(), {
            invitationId: forInvitation,
            communeCode: '14797',
            provinceCode: '38',
            procedureKey: 'birth-registration',
            procedureName: 'Đăng ký khai sinh',
            answeredAt: clock.now().toISOString(),
            overallRating: 2,
            failedConductItems: ['keep-appointment'],
            comment: 'Hẹn trả kết quả nhưng phải chờ thêm một ngày.',
          }),
        });
        return { ...toKafkaRecord(envelope), key: invitationId };
      };
      const eventId = randomUUID();
      const otherInvitation = randomUUID();

      await produceRaw(brokers, `${prefix}${TOPICS.surveyResponse}`, [
        report(eventId),
        report(eventId),
        report(randomUUID()),
        report(randomUUID(), otherInvitation),
      ]);

      await eventually(
        async () =>
          (await cases.countDocuments({ originId: otherInvitation }).exec()) === 1
            ? true
            : undefined,
        { description: 'the marker dissatisfaction case' },
      );
      const opened = await cases.find({ originId: invitationId }).lean().exec();
      expect(opened).toHaveLength(1);
      const view = await http()
        .get(`/v1/feedback-cases/${opened[0]?._id}`)
        .set('Authorization', leader);
      expect(view.body).toMatchObject({
        kind: 'dissatisfaction',
        channel: 'survey',
        status: 'assigned',
        category: 'officer-conduct',
        assignee: { type: 'leader', name: 'Lãnh đạo Ủy ban nhân dân Phường Hạc Thành' },
        responseWorkingDays: 10,
        origin: { type: 'survey', id: invitationId },
      });
      expect(view.body.content).toContain('Mức hài lòng chung: 2/5.');
      expect(view.body.content).toContain('Tiêu chí ứng xử chưa đạt: Không trễ hẹn.');
      expect(view.body.content).not.toContain('keep-appointment');
      expect(view.body.content).toContain('Thủ tục: Đăng ký khai sinh.');
      expect(view.body.content).not.toContain('birth-registration');
      await eventually(() => brokerEvents('feedback.case-opened.v1', view.body.caseId)[0], {
        description: 'case-opened for the dissatisfaction case',
      });
    });
  });

  describe('public answers', () => {
    it('should publish answers on a public list that names nobody', async () => {
      const { caseId, caseCode } = await boxPetition(
        'Tôi là Phạm Văn Đức, nhà số 12 ngõ 3, xin phản ánh nước thải tràn ra ngõ.',
        {
          fullName: 'Phạm Văn Đức',
          addressLine: 'Số 12 ngõ 3 phố Lê Lai',
          email: 'duc.pham@example.vn',
          phone: '0987 111 222',
        },
      );
      const assigned = await act(caseId, 'assign', {
        assignee: { type: 'unit', name: 'Tổ quản lý đô thị' },
      });
      expect(assigned.status).toBe(200);
      const answered = await act(caseId, 'answer', {
        answer: 'Kính gửi ông Phạm Văn Đức (0987111222): phường đã thông tắc cống ngày 17/3/2026.',
        publicSummary: 'Nước thải tràn ra ngõ 3 phố Lê Lai.',
      });
      expect(answered.body).toMatchObject({ status: 'answered' });
      expect(answered.body.answerNotification).toEqual({
        channel: 'email',
        status: 'notification-pending',
      });

      const list = await http().get('/v1/public/answers?communeCode=14797');

      expect(list.status).toBe(200);
      const entry = (list.body as { caseCode: string }[]).find((row) => row.caseCode === caseCode);
      expect(entry).toEqual({
        caseCode,
        kind: 'petition',
        kindLabel: 'Phản ánh',
        category: 'other',
        categoryLabel: 'Lĩnh vực khác',
        channel: 'suggestion-box',
        receivedOn: expect.stringMatching(/^2026-03-\d{2}$/),
        summary: 'Nước thải tràn ra ngõ 3 phố Lê Lai.',
        answer: 'Kính gửi ông [đã ẩn] ([đã ẩn]): phường đã thông tắc cống ngày 17/3/2026.',
        publishedAt: clock.now().toISOString(),
      });
      const everything = JSON.stringify(list.body);
      for (const personal of ['Phạm Văn Đức', 'duc.pham', '0987', 'Số 12 ngõ 3', 'nhà số 12']) {
        expect(everything).not.toContain(personal);
      }
      expect(everything).not.toMatch(/"(contact|content|caseId|answeredBy)"/);
      const elsewhere = await http().get('/v1/public/answers?communeCode=14800');
      expect(JSON.stringify(elsewhere.body)).not.toContain(caseCode);
      expect((await http().get('/v1/public/answers?communeCode=abc')).status).toBe(400);
    });

    it('should mask the spellings the security review published, and hold an uncertain answer for review (review M2)', async () => {
      const contact = {
        fullName: 'Hoàng Thị Lan',
        phone: '0987654321',
        addressLine: 'Số 8, ngõ 3, phố Lê Lai',
      };
      const answered = async (answer: string) => {
        const { caseId, caseCode } = await boxPetition('Rác thải ứ đọng ở đầu ngõ 3.', contact);
        expect(
          (await act(caseId, 'assign', { assignee: { type: 'officer', name: 'Cán bộ' } })).status,
        ).toBe(200);
        const response = await act(caseId, 'answer', { answer });
        expect(response.status).toBe(200);
        return { caseId, caseCode, body: response.body };
      };
      const published = async (caseCode: string) =>
        (
          (await http().get('/v1/public/answers?communeCode=14797')).body as {
            caseCode: string;
            answer: string;
          }[]
        ).find((row) => row.caseCode === caseCode);

      const masked = await answered(
        'Đã xử lý phản ánh của Hoang Thi Lan (bà Lan, 0987/654/321, số nhà 8 ngõ 3 Lê Lai).',
      );
      expect(masked.body.publication).toMatchObject({ status: 'published' });
      expect((await published(masked.caseCode))?.answer).toBe(
        'Đã xử lý phản ánh của [đã ẩn] (bà [đã ẩn], [đã ẩn], [đã ẩn]).',
      );

      const held = await answered('Lan đã được hướng dẫn nộp bổ sung giấy tờ.');
      expect(held.body.publication).toEqual({
        status: 'held-for-review',
        answer: 'Lan đã được hướng dẫn nộp bổ sung giấy tờ.',
        reasons: ['given-name'],
      });
      expect(await published(held.caseCode)).toBeUndefined();

      const reviewed = await act(held.caseId, 'publish-answer', {
        answer: 'Công dân đã được hướng dẫn nộp bổ sung giấy tờ.',
      });
      expect(reviewed.status).toBe(200);
      expect(reviewed.body.publication).toMatchObject({ status: 'published' });
      expect((await published(held.caseCode))?.answer).toBe(
        'Công dân đã được hướng dẫn nộp bổ sung giấy tờ.',
      );
      const again = await act(held.caseId, 'publish-answer', {});
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('FEEDBACK_CASE.NOT_HELD_FOR_REVIEW');
    });
  });

  describe('suggestion boxes and openings', () => {
    it('should turn each letter of a box opening into one case, even when the opening is sent again', async () => {
      const key = `opening-${randomUUID()}`;
      const letters = [
        { kind: 'suggestion', content: 'Cảm ơn chị cán bộ tư pháp đã hướng dẫn tận tình.' },
        {
          kind: 'petition',
          category: 'public-order',
          content: 'Quán karaoke ngõ 6 hát đến nửa đêm.',
          contact: { fullName: 'Hoàng Thị Mai', addressLine: 'Số 4 ngõ 6' },
        },
      ];

      const first = await openBox(letters, key);
      const again = await openBox(letters, key);

      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        boxId,
        openedOn: '2026-03-02',
        officersPresent: ['Lê Văn Minh', 'Trần Thị Hoa'],
        letterCount: 2,
      });
      expect(first.body.cases.map((row: { letterNumber: number }) => row.letterNumber)).toEqual([
        1, 2,
      ]);
      expect(again.status).toBe(200);
      expect(again.body.cases).toEqual(first.body.cases);
      expect(await cases.countDocuments({ originId: first.body.openingId }).exec()).toBe(2);
      const named = first.body.cases[1];
      const record = await eventually(
        () => brokerEvents('feedback.case-opened.v1', named.caseId)[0],
        { description: 'case-opened for the signed letter' },
      );
      expect(JSON.parse(record.value ?? '{}')).toMatchObject({
        channel: 'suggestion-box',
        kind: 'petition',
        contact: { fullName: 'Hoàng Thị Mai', addressLine: 'Số 4 ngõ 6' },
      });
      const read = await http()
        .get(`/v1/box-openings/${first.body.openingId}`)
        .set('Authorization', provinceOfficer);
      expect(read.status).toBe(200);
      expect(read.body.cases).toEqual(first.body.cases);
    });

    it('should take a historical opening and its answer at their own times, from the system role only', async () => {
      const system = await authority.bearer({ roles: ['system'], communes: ['14797'] });
      const historical = (authorization: string, receivedAt: string, openedOn = '2022-03-08') =>
        http()
          .post(`/v1/suggestion-boxes/${boxId}/openings`)
          .set('Authorization', authorization)
          .send({
            openedOn,
            receivedAt,
            officersPresent: ['Lê Văn Minh'],
            letters: [
              {
                kind: 'petition',
                content: 'Đề nghị sửa đèn chiếu sáng ngõ 3.',
                contact: { fullName: 'Lê Thị Hồng', phone: '0912345678' },
              },
            ],
          });
      const before = await cases.countDocuments().exec();

      const byOfficer = await historical(officer, '2022-03-08T09:30:00+07:00');
      const inFuture = await historical(
        system,
        new Date(clock.now().getTime() + 1000).toISOString(),
      );
      const otherDay = await historical(system, '2022-03-09T09:30:00+07:00');
      expect(byOfficer.status).toBe(403);
      expect(byOfficer.body.code).toBe('HISTORICAL_TIME.ROLE_FORBIDDEN');
      expect(inFuture.status).toBe(400);
      expect(inFuture.body.code).toBe('HISTORICAL_TIME.IN_FUTURE');
      expect(otherDay.status).toBe(400);
      expect(otherDay.body.errors.map((problem: { field: string }) => problem.field)).toEqual([
        'receivedAt',
      ]);
      expect(await cases.countDocuments().exec()).toBe(before);

      const opened = await historical(system, '2022-03-08T09:30:00+07:00');
      expect(opened.status).toBe(201);
      const { caseId, caseCode } = opened.body.cases[0] as { caseId: string; caseCode: string };
      expect(caseCode).toMatch(/^PA-14797-2022-\d{4}$/);
      const openedEvent = await eventually(
        () => brokerEvents('feedback.case-opened.v1', caseId)[0],
        { description: 'case-opened of the historical letter' },
      );
      expect(JSON.parse(openedEvent.value ?? '{}')).toMatchObject({
        openedAt: '2022-03-08T02:30:00.000Z',
      });

      const answer = { answer: 'Phường đã thay bóng đèn ngõ 3 ngày 14/3/2022.' };
      await act(caseId, 'assign', { assignee: { type: 'unit', name: 'Công chức Địa chính' } });
      const answeredByOfficer = await act(caseId, 'answer', {
        ...answer,
        answeredAt: '2022-03-15T10:00:00+07:00',
      });
      const beforeReceipt = await act(
        caseId,
        'answer',
        { ...answer, answeredAt: '2022-03-08T09:00:00+07:00' },
        system,
      );
      expect(answeredByOfficer.status).toBe(403);
      expect(answeredByOfficer.body.code).toBe('HISTORICAL_TIME.ROLE_FORBIDDEN');
      expect(beforeReceipt.status).toBe(400);
      expect(beforeReceipt.body.code).toBe('FEEDBACK.INVALID');
      expect((await caseByCode(caseCode)).status).toBe('assigned');

      const answered = await act(
        caseId,
        'answer',
        { ...answer, answeredAt: '2022-03-15T10:00:00+07:00' },
        system,
      );
      expect(answered.status).toBe(200);
      const answeredEvent = await eventually(
        () => brokerEvents('feedback.case-answered.v1', caseId)[0],
        { description: 'case-answered of the historical letter' },
      );
      expect(JSON.parse(answeredEvent.value ?? '{}')).toMatchObject({
        answeredAt: '2022-03-15T03:00:00.000Z',
        onTime: true,
      });
    });

    it('should give every case its own number when many letters are entered at once', async () => {
      const openings = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          openBox([
            { kind: 'suggestion', content: `Góp ý số ${index}a về giờ làm việc.` },
            { kind: 'suggestion', content: `Góp ý số ${index}b về chỗ để xe.` },
          ]),
        ),
      );

      expect(openings.map((opening) => opening.status)).toEqual(Array(6).fill(201));
      const codes = openings.flatMap((opening) =>
        opening.body.cases.map((row: { caseCode: string }) => row.caseCode),
      );
      expect(codes).toHaveLength(12);
      expect(new Set(codes).size).toBe(12);
      expect(codes.every((code) => CASE_CODE.test(code))).toBe(true);
    });

    it('should refuse an opening with a blank letter or a future date, and one of a box taken down', async () => {
      const before = await cases.countDocuments().exec();
      const refused = await http()
        .post(`/v1/suggestion-boxes/${boxId}/openings`)
        .set('Authorization', officer)
        .send({
          openedOn: '2099-01-01',
          officersPresent: ['Lê Văn Minh'],
          letters: [
            { kind: 'suggestion', content: 'Có nội dung' },
            { kind: 'petition', content: '   ' },
          ],
        });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('BOX_OPENING.INVALID');
      expect(refused.body.errors.map((problem: { field: string }) => problem.field)).toEqual([
        'openedOn',
        'letters.1.content',
      ]);

      const box = await http().post('/v1/suggestion-boxes').set('Authorization', leader).send({
        communeCode: '14797',
        name: 'Hòm thư Nhà văn hóa tổ dân phố 5',
        locationKind: 'cultural-house',
        address: 'Nhà văn hóa tổ dân phố 5',
      });
      const sameName = await http()
        .post('/v1/suggestion-boxes')
        .set('Authorization', officer)
        .send({
          communeCode: '14797',
          name: 'hòm thư nhà văn hóa tổ dân phố 5',
          locationKind: 'cultural-house',
          address: 'x',
        });
      expect(sameName.status).toBe(409);
      const takenDown = await http()
        .patch(`/v1/suggestion-boxes/${box.body.boxId}`)
        .set('Authorization', officer)
        .send({ active: false });
      expect(takenDown.body.active).toBe(false);
      const onInactive = await http()
        .post(`/v1/suggestion-boxes/${box.body.boxId}/openings`)
        .set('Authorization', officer)
        .send({ openedOn: '2026-03-02', officersPresent: ['A'], letters: [] });
      expect(onInactive.status).toBe(409);
      expect(onInactive.body.code).toBe('BOX.INACTIVE');
      expect(await cases.countDocuments().exec()).toBe(before);
      const register = await http()
        .get('/v1/suggestion-boxes?communeCode=14797')
        .set('Authorization', provinceOfficer);
      expect(register.body.map((row: { locationLabel: string }) => row.locationLabel)).toEqual(
        expect.arrayContaining(['Bộ phận một cửa', 'Nhà văn hóa']),
      );
    });
  });

  describe('receptions and dialogues', () => {
    it('should log a reception, turn an issue into one case, and let the province read it', async () => {
      const logged = await http()
        .post('/v1/receptions')
        .set('Authorization', leader)
        .send({
          communeCode: '14797',
          kind: 'dialogue',
          heldOn: '2026-03-02',
          leaderName: 'Nguyễn Văn Hải, Chủ tịch UBND phường',
          citizenCount: 45,
          topic: 'Chỉnh trang đô thị khu phố 3',
          issues: [
            {
              summary: 'Đề nghị lắp thêm đèn đường ở phố Trần Phú.',
              category: 'infrastructure',
              raisedBy: { fullName: 'Đỗ Văn Nam', phone: '0912000111' },
            },
            { summary: 'Vỉa hè bị lấn chiếm để bán hàng.' },
          ],
        });
      expect(logged.status).toBe(201);
      const receptionId = logged.body.receptionId;

      const opened = await http()
        .post(`/v1/receptions/${receptionId}/issues/1/case`)
        .set('Authorization', officer)
        .send({ assignee: { type: 'unit', name: 'Tổ quản lý đô thị' } });
      const openedAgain = await http()
        .post(`/v1/receptions/${receptionId}/issues/1/case`)
        .set('Authorization', officer)
        .send({});
      const missing = await http()
        .post(`/v1/receptions/${receptionId}/issues/3/case`)
        .set('Authorization', officer)
        .send({});
      const byProvince = await http()
        .post(`/v1/receptions/${receptionId}/issues/2/case`)
        .set('Authorization', provinceOfficer)
        .send({});

      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({
        kind: 'reception-issue',
        channel: 'dialogue',
        status: 'assigned',
        category: 'infrastructure',
        contact: { fullName: 'Đỗ Văn Nam', phone: '0912000111' },
        origin: { type: 'reception', id: receptionId, index: 1 },
      });
      expect(openedAgain.status).toBe(200);
      expect(openedAgain.body.caseId).toBe(opened.body.caseId);
      expect(missing.status).toBe(404);
      expect(byProvince.status).toBe(403);
      const read = await http()
        .get(`/v1/receptions/${receptionId}`)
        .set('Authorization', provinceOfficer);
      expect(read.body).toMatchObject({
        kindLabel: 'Đối thoại với nhân dân',
        citizenCount: 45,
        issues: [
          { number: 1, caseCode: opened.body.caseCode, caseStatusLabel: 'Đã phân công' },
          { number: 2 },
        ],
      });
      expect(read.body.issues[1]).not.toHaveProperty('caseCode');
      expect(
        (await http().get(`/v1/receptions/${receptionId}`).set('Authorization', neighbour)).status,
      ).toBe(404);
      const future = await http().post('/v1/receptions').set('Authorization', officer).send({
        communeCode: '14797',
        kind: 'reception',
        heldOn: '2099-01-01',
        leaderName: ' ',
        citizenCount: 0,
        issues: [],
      });
      expect(future.status).toBe(400);
    });
  });

  // Last: it spends this client's public allowance for the minute.
  describe('rate limits', () => {
    it('should answer 429 with Retry-After once a client sends too many letters, storing nothing more', async () => {
      const before = await cases.countDocuments().exec();
      const statuses: number[] = [];
      let refused: request.Response | undefined;
      for (let attempt = 0; attempt < 31 && !refused; attempt += 1) {
        const answer = await submit({ communeCode: '14797', content: '' });
        statuses.push(answer.status);
        if (answer.status === 429) {
          refused = answer;
        }
      }

      expect(refused?.body.code).toBe('REQUEST.RATE_LIMITED');
      expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
      expect(statuses.slice(0, -1).every((status) => status === 400)).toBe(true);
      const afterLimit = await submit({
        communeCode: '14797',
        content: 'Thư hợp lệ nhưng quá hạn mức.',
      });
      expect(afterLimit.status).toBe(429);
      expect(await cases.countDocuments().exec()).toBe(before);

      // Citizens behind the console (a trusted proxy) each have their own allowance.
      const otherCitizen = await http()
        .post('/v1/public/feedback')
        .set('X-Forwarded-For', '203.0.113.7')
        .send({ communeCode: '14797', content: '' });
      expect(otherCitizen.status).toBe(400);
    });
  });
});
