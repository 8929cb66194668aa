import { randomUUID } from 'node:crypto';
import request from 'supertest';

import {
  DEADLINE_DUE_SOON_V1,
  DEADLINE_OVERDUE_V1,
  DEADLINE_RESCHEDULED_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESULT_RETURNED_V1,
  DOSSIER_STATUS_CHANGED_V1,
  DossierResultReturnedV1,
  FEEDBACK_CASE_ANSWERED_V1,
  FEEDBACK_CASE_OPENED_V1,
} from '@libs/contracts';
import { eventually, vn } from '@libs/testing';

import { deadlineIdFor } from '../src/tracking/domain/deadline';
import {
  DeadlineTestBed,
  dossierDeadlineId,
  dossierReceived,
  feedbackCaseOpened,
  RunningDeadlineService,
} from './deadline-test-bed';

function resultReturned(
  received: ReturnType<typeof dossierReceived>,
  returnedAt: Date,
  onTime: boolean,
): DossierResultReturnedV1 {
  return {
    dossierId: received.dossierId,
    dossierCode: received.dossierCode,
    communeCode: received.communeCode,
    provinceCode: received.provinceCode,
    procedureKey: received.procedureKey,
    receivedAt: received.receivedAt,
    dueAt: received.dueAt,
    returnedAt: returnedAt.toISOString(),
    onTime,
    officerId: 'officer-14797',
  };
}

describe('deadline: tracking, apology-and-reschedule and on-time figures over the broker and the store', () => {
  const bed = new DeadlineTestBed(vn('2026-11-02T08:00:00'));
  let service: RunningDeadlineService;
  let officer: string;
  let leader: string;
  let province: string;
  const http = () => request(service.app.getHttpServer());
  const bySubject = (subjectId: string, authorization = officer) =>
    http().get(`/v1/deadlines/by-subject/${subjectId}`).set('Authorization', authorization);
  const figures = (query: string, authorization = officer) =>
    http().get(`/v1/figures/on-time?${query}`).set('Authorization', authorization);
  /** Figures are projected just after the deadline is written: wait until they show it. */
  const figuresWhen = (query: string, check: (body: any) => boolean, authorization = officer) =>
    eventually(
      async () => {
        const response = await figures(query, authorization);
        return response.status === 200 && check(response.body) ? response.body : undefined;
      },
      { description: `figures ${query}` },
    );
  const reschedule = (deadlineId: string, body: object, authorization = officer) =>
    http()
      .post(`/v1/deadlines/${deadlineId}/reschedule`)
      .set('Authorization', authorization)
      .send(body);
  /** Waits until the deadline of a subject is visible over HTTP in the expected shape. */
  const tracked = (subjectId: string, check: (body: any) => boolean = () => true) =>
    eventually(
      async () => {
        const response = await bySubject(subjectId);
        return response.status === 200 && check(response.body) ? response.body : undefined;
      },
      { description: `deadline of ${subjectId}` },
    );

  beforeAll(async () => {
    await bed.provisionTopics();
    service = await bed.startService();
    await bed.startProbe();
    officer = await bed.authority.bearer({ roles: ['officer'], communes: ['14797'] });
    leader = await bed.authority.bearer({ roles: ['leader'], communes: ['14797'] });
    province = await bed.authority.bearer({ roles: ['province'], province: '38' });
  });

  afterAll(async () => {
    await bed.stopAll();
  });

  it('should follow a dossier returned on time: one received, one returned on time, no alarm', async () => {
    const received = dossierReceived();
    await bed.emit(DOSSIER_RECEIVED_V1, received, received.dossierId);

    const open = await tracked(received.dossierId);
    expect(open).toMatchObject({
      deadlineId: dossierDeadlineId(received.dossierId),
      subjectType: 'dossier',
      subjectCode: received.dossierCode,
      procedureKey: 'marital-status-confirmation',
      officerId: 'officer-14797',
      dueAt: received.dueAt,
      dueAtText: '17:00 ngày 05 tháng 11 năm 2026',
      dueSoonAt: vn('2026-11-05T08:00:00').toISOString(),
      state: 'open',
      alert: 'none',
    });

    bed.clock.set(vn('2026-11-04T11:00:00'));
    await bed.emit(
      DOSSIER_RESULT_RETURNED_V1,
      resultReturned(received, vn('2026-11-04T11:00:00'), true),
      received.dossierId,
    );
    expect(await tracked(received.dossierId, (body) => body.state === 'closed')).toMatchObject({
      closeReason: 'result-returned',
      onTime: true,
    });

    bed.clock.set(vn('2026-11-06T09:00:00'));
    await service.scanner.scanOnce();
    const record = await service.deadlines.findById(open.deadlineId).lean().exec();
    expect(record?.stage).toBe('tracking');
    expect(bed.alerts(open.deadlineId)).toEqual([]);

    // the figures are projected just after the deadline closes
    const report = await figuresWhen(
      'communeCode=14797&period=2026-11',
      (body) => body.dossiers.total.returned === 1,
    );
    // Monday 09:00 → Wednesday 11:00 is 7 + 8 + 3 office hours: 2.25 working days.
    const expected = {
      received: 1,
      returned: 1,
      returnedOnTime: 1,
      late: 0,
      onTimeRate: 1,
      averageProcessingWorkingDays: 2.25,
    };
    expect(report.dossiers.total).toEqual(expected);
    expect(report.dossiers.byCategory).toEqual([
      { key: 'marital-status-confirmation', figures: expected },
    ]);
    expect(report.dossiers.byOfficer).toEqual([{ officerId: 'officer-14797', figures: expected }]);
    expect(report.feedbackCases.total.received).toBe(0);
  });

  it('should trust the appointment intake set for a dossier received at 15:30 (counted from the next day)', async () => {
    // Wednesday 11/3/2026 15:30, after the civil-status cut-off: 1 working day from Thursday.
    bed.clock.set(vn('2026-03-11T15:30:00'));
    const received = dossierReceived({
      procedureKey: 'birth-registration',
      procedureName: 'Đăng ký khai sinh',
      receivedAt: vn('2026-03-11T15:30:00').toISOString(),
      processingWorkingDays: 1,
      afternoonCutoff: true,
      dueAt: vn('2026-03-13T17:00:00').toISOString(),
    });
    await bed.emit(DOSSIER_RECEIVED_V1, received, received.dossierId);
    const open = await tracked(received.dossierId);
    expect(open).toMatchObject({
      dueAt: vn('2026-03-13T17:00:00').toISOString(),
      dueSoonAt: vn('2026-03-13T08:00:00').toISOString(),
    });

    // Thursday evening would be overdue by a same-day count; by the appointment it is not.
    bed.clock.set(vn('2026-03-12T17:30:00'));
    // The relay publishes asynchronously: the scan's own count and the store say what it raised.
    expect(await service.scanner.scanOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await service.alarms.countDocuments({ deadlineId: open.deadlineId }).exec()).toBe(0);
    expect(bed.alerts(open.deadlineId)).toEqual([]);

    bed.clock.set(vn('2026-03-13T08:00:00'));
    await service.scanner.scanOnce();
    const warning = await eventually(() => bed.alerts(open.deadlineId)[0], {
      description: 'deadline.due-soon.v1',
    });
    expect(warning.headers).toMatchObject({
      ce_type: DEADLINE_DUE_SOON_V1.type,
      ce_subject: open.deadlineId,
      ce_communecode: '14797',
    });
    expect(JSON.parse(warning.value ?? '{}')).toEqual({
      deadlineId: open.deadlineId,
      subjectType: 'dossier',
      subjectId: received.dossierId,
      subjectCode: received.dossierCode,
      communeCode: '14797',
      provinceCode: '38',
      dueAt: vn('2026-03-13T17:00:00').toISOString(),
      workingHoursLeft: 8,
    });
    const dueSoon = await http()
      .get('/v1/deadlines?communeCode=14797&state=due-soon')
      .set('Authorization', leader);
    expect(dueSoon.status).toBe(200);
    expect(dueSoon.body.map((deadline: any) => deadline.deadlineId)).toContain(open.deadlineId);
  });

  it('should reschedule once with an apology event, refuse a second time, and move the alarms to the new date', async () => {
    // Monday 5/10/2026, 5 working days: due Monday 12/10 at 17:00.
    bed.clock.set(vn('2026-10-05T09:00:00'));
    const received = dossierReceived({
      procedureKey: 'death-registration',
      procedureName: 'Đăng ký khai tử',
      receivedAt: vn('2026-10-05T09:00:00').toISOString(),
      processingWorkingDays: 5,
      dueAt: vn('2026-10-12T17:00:00').toISOString(),
    });
    await bed.emit(DOSSIER_RECEIVED_V1, received, received.dossierId);
    const { deadlineId } = await tracked(received.dossierId);
    const reason =
      'Hồ sơ cần xác minh thêm thông tin tại Ủy ban nhân dân xã nơi người mất cư trú trước đây.';
    const body = { reason, newDueAt: '2026-10-16T17:00:00+07:00' };
    const neighbour = await bed.authority.bearer({ roles: ['officer'], communes: ['14800'] });

    bed.clock.set(vn('2026-10-09T10:00:00'));
    const refused = await Promise.all([
      reschedule(deadlineId, { ...body, newDueAt: '2026-10-18T10:00:00+07:00' }),
      reschedule(deadlineId, { newDueAt: body.newDueAt, note: 'x' }),
      reschedule(deadlineId, body, neighbour),
      reschedule(deadlineId, body, province),
    ]);
    expect(refused.map((answer) => answer.status)).toEqual([400, 400, 404, 403]);
    expect(refused[0]?.body).toMatchObject({
      code: 'DEADLINE.RESCHEDULE_INVALID',
      errors: [
        {
          field: 'newDueAt',
          messages: ['Ngày hẹn mới (ngày 18 tháng 10 năm 2026) là ngày nghỉ: Chủ nhật.'],
        },
      ],
    });
    expect(refused[1]?.body.code).toBe('REQUEST.INVALID');
    expect(
      (refused[1]?.body.errors as { field: string }[]).map((problem) => problem.field).sort(),
    ).toEqual(['note', 'reason']);
    expect((await service.deadlines.findById(deadlineId).lean().exec())?.reschedule).toBeNull();

    const first = await reschedule(deadlineId, body);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      dueAt: vn('2026-10-16T17:00:00').toISOString(),
      originalDueAt: vn('2026-10-12T17:00:00').toISOString(),
      dueAtText: '17:00 ngày 16 tháng 10 năm 2026',
      reschedule: {
        previousDueAt: vn('2026-10-12T17:00:00').toISOString(),
        reason,
        officerId: 'officer-14797',
      },
    });

    const second = await reschedule(deadlineId, { ...body, newDueAt: '2026-10-20T17:00:00+07:00' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('DEADLINE.ALREADY_RESCHEDULED');

    await bed.outboxDrained(service, deadlineId);
    const apologies = await eventually(() => {
      const records = bed.alerts(deadlineId, DEADLINE_RESCHEDULED_V1.type);
      return records.length > 0 ? records : undefined;
    });
    expect(apologies).toHaveLength(1);
    expect(JSON.parse(apologies[0]?.value ?? '{}')).toMatchObject({
      deadlineId,
      subjectType: 'dossier',
      subjectId: received.dossierId,
      subjectCode: received.dossierCode,
      dueAt: vn('2026-10-16T17:00:00').toISOString(),
      previousDueAt: vn('2026-10-12T17:00:00').toISOString(),
      reason,
      rescheduledAt: vn('2026-10-09T10:00:00').toISOString(),
      officerId: 'officer-14797',
    });

    // The old appointment no longer raises anything; the new one does.
    bed.clock.set(vn('2026-10-12T17:30:00'));
    await service.scanner.scanOnce();
    expect(await service.alarms.countDocuments({ deadlineId, kind: 'overdue' }).exec()).toBe(0);
    expect((await service.deadlines.findById(deadlineId).lean().exec())?.stage).toBe('tracking');
    expect(bed.alerts(deadlineId, DEADLINE_OVERDUE_V1.type)).toEqual([]);
    bed.clock.set(vn('2026-10-16T08:00:00'));
    await service.scanner.scanOnce();
    const warning = await eventually(() => bed.alerts(deadlineId, DEADLINE_DUE_SOON_V1.type)[0]);
    expect(JSON.parse(warning.value ?? '{}').dueAt).toBe(vn('2026-10-16T17:00:00').toISOString());

    const trail = await http()
      .get('/v1/audit-trail?communeCode=14797')
      .set('Authorization', leader);
    expect(trail.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recordId: deadlineId,
          actor: 'officer-14797',
          action: 'deadline.rescheduled',
        }),
      ]),
    );

    // Intake returns it on 14/10 and, judging by the new date, calls it on time; the figures
    // still count it late against the original 12/10 (an apology does not make it on time).
    bed.clock.set(vn('2026-10-14T10:00:00'));
    await bed.emit(
      DOSSIER_RESULT_RETURNED_V1,
      {
        ...resultReturned(received, vn('2026-10-14T10:00:00'), true),
        dueAt: vn('2026-10-16T17:00:00').toISOString(),
      },
      received.dossierId,
    );
    expect(await tracked(received.dossierId, (answer) => answer.state === 'closed')).toMatchObject({
      onTime: false,
    });
    const deaths = (body: any) =>
      body.dossiers.byCategory.find((row: { key: string }) => row.key === 'death-registration')
        ?.figures;
    const report = await figuresWhen(
      'communeCode=14797&period=2026-10',
      (body) => deaths(body)?.returned > 0,
      leader,
    );
    expect(deaths(report)).toMatchObject({ returned: 1, returnedOnTime: 0, late: 1 });
  });

  it('should record one apology when two officers reschedule the same deadline at the same moment', async () => {
    bed.clock.set(vn('2026-10-13T09:00:00'));
    const received = dossierReceived({
      receivedAt: vn('2026-10-13T09:00:00').toISOString(),
      processingWorkingDays: 3,
      dueAt: vn('2026-10-16T17:00:00').toISOString(),
    });
    await bed.emit(DOSSIER_RECEIVED_V1, received, received.dossierId);
    const { deadlineId } = await tracked(received.dossierId);
    const body = { reason: 'Chờ kết quả xác minh.', newDueAt: '2026-10-21T17:00:00+07:00' };

    const answers = await Promise.all([
      reschedule(deadlineId, body),
      reschedule(deadlineId, body, leader),
      reschedule(deadlineId, { ...body, newDueAt: '2026-10-22T17:00:00+07:00' }),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409]);
    await bed.outboxDrained(service, deadlineId);
    await eventually(() => bed.alerts(deadlineId, DEADLINE_RESCHEDULED_V1.type)[0]);
    expect(bed.alerts(deadlineId, DEADLINE_RESCHEDULED_V1.type)).toHaveLength(1);
    const winner = answers.find((answer) => answer.status === 200);
    expect((await bySubject(received.dossierId)).body.dueAt).toBe(winner?.body.dueAt);
  });

  it('should refuse a reschedule on the due day itself', async () => {
    bed.clock.set(vn('2026-10-19T09:00:00'));
    const received = dossierReceived({
      receivedAt: vn('2026-10-19T09:00:00').toISOString(),
      processingWorkingDays: 1,
      dueAt: vn('2026-10-20T17:00:00').toISOString(),
    });
    await bed.emit(DOSSIER_RECEIVED_V1, received, received.dossierId);
    const { deadlineId } = await tracked(received.dossierId);

    bed.clock.set(vn('2026-10-20T09:00:00'));
    const late = await reschedule(deadlineId, {
      reason: 'Chờ ý kiến của cơ quan cấp trên.',
      newDueAt: '2026-10-22T17:00:00+07:00',
    });

    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      code: 'DEADLINE.RESCHEDULE_TOO_LATE',
      message: 'Phải hẹn lại chậm nhất trước 01 ngày làm việc so với ngày hẹn trả kết quả.',
    });
  });

  it('should take a historical apology at its own time from the system role only, judged then', async () => {
    // Received Monday 7/3/2022, 5 working days: due Monday 14/3/2022 at 17:00.
    bed.clock.set(vn('2026-10-21T09:00:00'));
    const received = dossierReceived({
      receivedAt: vn('2022-03-07T09:00:00').toISOString(),
      processingWorkingDays: 5,
      dueAt: vn('2022-03-14T17:00:00').toISOString(),
    });
    await bed.emit(DOSSIER_RECEIVED_V1, received, received.dossierId);
    const { deadlineId } = await tracked(received.dossierId);
    const system = await bed.authority.bearer({ roles: ['system'], communes: ['14797'] });
    const body = {
      reason: 'Hồ sơ cần xác minh thêm thông tin tại cơ quan có liên quan.',
      newDueAt: '2022-03-16T17:00:00+07:00',
      rescheduledAt: '2022-03-10T10:00:00+07:00',
    };

    const refused = await Promise.all([
      reschedule(deadlineId, body),
      reschedule(deadlineId, { ...body, rescheduledAt: '2026-10-21T09:00:01+07:00' }, system),
      reschedule(deadlineId, { ...body, rescheduledAt: '2022-03-14T10:00:00+07:00' }, system),
    ]);
    expect(refused.map((answer) => answer.status)).toEqual([403, 400, 409]);
    expect(refused.map((answer) => answer.body.code)).toEqual([
      'HISTORICAL_TIME.ROLE_FORBIDDEN',
      'HISTORICAL_TIME.IN_FUTURE',
      'DEADLINE.RESCHEDULE_TOO_LATE',
    ]);
    expect((await service.deadlines.findById(deadlineId).lean().exec())?.reschedule).toBeNull();

    const done = await reschedule(deadlineId, body, system);
    expect(done.status).toBe(200);
    expect(done.body.dueAt).toBe(vn('2022-03-16T17:00:00').toISOString());
    await bed.outboxDrained(service, deadlineId);
    const apology = await eventually(() => bed.alerts(deadlineId, DEADLINE_RESCHEDULED_V1.type)[0]);
    expect(apology.headers.ce_time).toBe(vn('2022-03-10T10:00:00').toISOString());
    expect(JSON.parse(apology.value ?? '{}')).toMatchObject({
      rescheduledAt: vn('2022-03-10T10:00:00').toISOString(),
      previousDueAt: vn('2022-03-14T17:00:00').toISOString(),
    });
  });

  it('should raise overdue for a petition not answered in time, with subjectType feedback-case', async () => {
    // Monday 7/9/2026, 10 working days (1/9 and 2/9 are behind): due Monday 21/9 at 17:00.
    bed.clock.set(vn('2026-09-07T09:00:00'));
    const opened = feedbackCaseOpened({ openedAt: vn('2026-09-07T09:00:00').toISOString() });
    await bed.emit(FEEDBACK_CASE_OPENED_V1, opened, opened.caseId);
    const open = await tracked(opened.caseId);
    expect(open).toMatchObject({
      deadlineId: deadlineIdFor('feedback-case', opened.caseId),
      subjectType: 'feedback-case',
      caseKind: 'petition',
      legalWorkingDays: 10,
      dueAt: vn('2026-09-21T17:00:00').toISOString(),
    });

    bed.clock.set(vn('2026-09-21T17:00:00'));
    await service.scanner.scanOnce();
    const overdue = await eventually(
      () => bed.alerts(open.deadlineId, DEADLINE_OVERDUE_V1.type)[0],
      {
        description: 'deadline.overdue.v1',
      },
    );
    expect(JSON.parse(overdue.value ?? '{}')).toEqual({
      deadlineId: open.deadlineId,
      subjectType: 'feedback-case',
      subjectId: opened.caseId,
      subjectCode: opened.caseCode,
      communeCode: '14797',
      provinceCode: '38',
      dueAt: vn('2026-09-21T17:00:00').toISOString(),
      detectedAt: vn('2026-09-21T17:00:00').toISOString(),
    });
    const overdueList = await http()
      .get('/v1/deadlines?state=overdue')
      .set('Authorization', province);
    expect(overdueList.body.map((deadline: any) => deadline.deadlineId)).toContain(open.deadlineId);

    bed.clock.set(vn('2026-09-22T10:00:00'));
    await bed.emit(
      FEEDBACK_CASE_ANSWERED_V1,
      {
        caseId: opened.caseId,
        caseCode: opened.caseCode,
        communeCode: '14797',
        provinceCode: '38',
        kind: 'petition',
        answeredAt: vn('2026-09-22T10:00:00').toISOString(),
      },
      opened.caseId,
    );
    expect(await tracked(opened.caseId, (body) => body.state === 'closed')).toMatchObject({
      onTime: false,
      alert: 'overdue',
    });
    const report = await figuresWhen(
      'period=2026-09',
      (body) => body.feedbackCases.total.returned > 0,
      province,
    );
    expect(report.feedbackCases.total).toMatchObject({
      received: 1,
      returned: 1,
      returnedOnTime: 0,
      late: 1,
    });
    expect(report.feedbackCases.byCategory[0]?.key).toBe('petition');
  });

  it('should give the same event delivered twice one effect', async () => {
    bed.clock.set(vn('2026-07-06T09:00:00'));
    const received = dossierReceived({
      receivedAt: vn('2026-07-06T09:00:00').toISOString(),
      dueAt: vn('2026-07-09T17:00:00').toISOString(),
    });
    const opening = bed.envelope(DOSSIER_RECEIVED_V1, received, received.dossierId);
    const returned = bed.envelope(
      DOSSIER_RESULT_RETURNED_V1,
      resultReturned(received, vn('2026-07-08T10:00:00'), true),
      received.dossierId,
    );
    // Same key, same partition: once the last change is in, every earlier one was handled.
    const last = bed.envelope(
      DOSSIER_STATUS_CHANGED_V1,
      {
        dossierId: received.dossierId,
        dossierCode: received.dossierCode,
        communeCode: '14797',
        provinceCode: '38',
        procedureKey: received.procedureKey,
        from: 'processed',
        to: 'result-returned',
        changedAt: vn('2026-07-08T10:00:00').toISOString(),
      },
      received.dossierId,
    );
    await bed.publish(DOSSIER_RECEIVED_V1, opening, opening, returned, returned, last, last);

    const done = await tracked(received.dossierId, (body) => body.status === 'result-returned');
    expect(done).toMatchObject({ state: 'closed', onTime: true });
    const record = await service.deadlines.findById(done.deadlineId).lean().exec();
    expect(record?.audit.map((entry) => entry.action)).toEqual([
      'deadline.opened',
      'deadline.closed',
      'deadline.status-changed',
    ]);
    const report = await figures('communeCode=14797&period=2026-07');
    expect(report.body.dossiers.total).toMatchObject({ received: 1, returned: 1, late: 0 });
  });

  it('should keep an answer that arrives before its case was opened, and count it once complete', async () => {
    // Monday 1/6/2026, 5 working days: due Monday 8/6; answered Tuesday 9/6, late.
    bed.clock.set(vn('2026-06-09T10:00:00'));
    const opened = feedbackCaseOpened({
      kind: 'recommendation',
      openedAt: vn('2026-06-01T09:00:00').toISOString(),
      responseWorkingDays: 5,
    });
    const answered = bed.envelope(
      FEEDBACK_CASE_ANSWERED_V1,
      {
        caseId: opened.caseId,
        caseCode: opened.caseCode,
        communeCode: '14797',
        provinceCode: '38',
        kind: 'recommendation',
        answeredAt: vn('2026-06-09T10:00:00').toISOString(),
      },
      opened.caseId,
    );
    await bed.publish(FEEDBACK_CASE_ANSWERED_V1, answered);
    const deadlineId = deadlineIdFor('feedback-case', opened.caseId);
    await eventually(
      async () => (await service.deadlines.findById(deadlineId).exec()) ?? undefined,
    );
    expect((await bySubject(opened.caseId)).status).toBe(404);

    await bed.emit(FEEDBACK_CASE_OPENED_V1, opened, opened.caseId);

    const complete = await tracked(opened.caseId);
    expect(complete).toMatchObject({
      state: 'closed',
      dueAt: vn('2026-06-08T17:00:00').toISOString(),
      closedAt: vn('2026-06-09T10:00:00').toISOString(),
      onTime: false,
    });
    bed.clock.set(vn('2026-06-10T09:00:00'));
    await service.scanner.scanOnce();
    expect(bed.alerts(deadlineId)).toEqual([]);
    const report = await figuresWhen(
      'communeCode=14797&period=2026-06',
      (body) => body.feedbackCases.total.returned > 0,
    );
    expect(report.feedbackCases.total).toMatchObject({ received: 1, returned: 1, late: 1 });
  });

  it('should dead-letter events that can never be tracked, and store nothing for them', async () => {
    const before = await service.deadlines.countDocuments().exec();
    const unknownCommune = dossierReceived({ communeCode: '99999' });
    const dueBeforeReceipt = dossierReceived({
      receivedAt: vn('2026-05-05T09:00:00').toISOString(),
      dueAt: vn('2026-05-04T17:00:00').toISOString(),
    });
    const broken = { ...dossierReceived(), communeCode: '147' };

    await bed.emit(DOSSIER_RECEIVED_V1, unknownCommune, unknownCommune.dossierId);
    await bed.emit(DOSSIER_RECEIVED_V1, dueBeforeReceipt, dueBeforeReceipt.dossierId);
    await bed.emit(DOSSIER_RECEIVED_V1, broken, broken.dossierId);

    const dead = await eventually(() => {
      const records = bed.deadLetters();
      return records.length >= 3 ? records : undefined;
    });
    expect(dead.map((record) => record.headers.dlq_reason).sort()).toEqual([
      'contract-violation',
      'non-retriable',
      'non-retriable',
    ]);
    expect(await service.deadlines.countDocuments().exec()).toBe(before);
  });

  it('should keep each commune to its own deadlines and figures, and let the province read them all', async () => {
    bed.clock.set(vn('2026-11-02T08:00:00'));
    const received = dossierReceived();
    await bed.emit(DOSSIER_RECEIVED_V1, received, received.dossierId);
    const { deadlineId } = await tracked(received.dossierId);
    const neighbour = await bed.authority.bearer({ roles: ['officer'], communes: ['14800'] });
    const otherProvince = await bed.authority.bearer({ roles: ['province'], province: '01' });

    expect((await bySubject(received.dossierId, neighbour)).status).toBe(404);
    expect((await bySubject(received.dossierId, otherProvince)).status).toBe(404);
    expect((await bySubject(received.dossierId, province)).status).toBe(200);
    const neighbourList = await http().get('/v1/deadlines').set('Authorization', neighbour);
    expect(neighbourList.status).toBe(200);
    expect(neighbourList.body).toEqual([]);
    expect(
      (await http().get(`/v1/deadlines/${deadlineId}`).set('Authorization', province)).status,
    ).toBe(200);
    expect((await bySubject(randomUUID())).status).toBe(404);
    expect((await bySubject('not-a-uuid')).status).toBe(400);

    const forbidden = await figures('communeCode=14797&period=2026-11', neighbour);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('TENANCY.FORBIDDEN');
    const provinceWide = await figures('period=2026-11', province);
    expect(provinceWide.body.dossiers.byCommune).toEqual([
      expect.objectContaining({ communeCode: '14797' }),
    ]);
    expect((await figures('period=2026-11', otherProvince)).body.dossiers.total.received).toBe(0);
    const invalid = await figures('communeCode=99999&period=2026-13');
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((problem: { field: string }) => problem.field)).toEqual([
      'period',
    ]);
    const unknown = await figures('communeCode=99999&period=2026-11');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { field: 'communeCode', messages: ['Không có xã, phường mã 99999.'] },
    ]);
    const badState = await http().get('/v1/deadlines?state=late').set('Authorization', officer);
    expect(badState.status).toBe(400);
    expect(badState.body.errors).toEqual([
      { field: 'state', messages: ['Tình trạng phải là open, due-soon, overdue hoặc closed.'] },
    ]);
    const tooMany = await http().get('/v1/deadlines?limit=201').set('Authorization', officer);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual([
      { field: 'limit', messages: ['limit không được quá 200'] },
    ]);
    const notANumber = await http().get('/v1/deadlines?limit=1.5').set('Authorization', officer);
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.errors).toEqual([
      { field: 'limit', messages: ['limit phải là số nguyên'] },
    ]);
    expect((await http().get('/v1/deadlines')).status).toBe(401);
  });
});
