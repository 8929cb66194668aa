import { randomUUID } from 'node:crypto';

import { VietnamWorkingCalendar } from '@libs/calendar';
import { vietnamCalendarDate, vietnameseLongDate } from '@libs/clock';
import { TOPICS } from '@libs/contracts';
import {
  eventually,
  KafkaProbe,
  ServiceName as Service,
  TestAuthority,
  testInfrastructure,
} from '@libs/testing';

import { jsonCall, Reply, WatchedServices } from './support';

const FIRST_PORT = 3501;
const COMMUNE = '14797';

/** The result of `request` once it answers `expected`; undefined (retry) before that. */
async function bodyWhen(expected: number, request: Promise<Reply>): Promise<any> {
  const reply = await request;
  return reply.status === expected ? reply.body : undefined;
}

/** Ten o'clock, Vietnam time, on the first working day after the given instant's day. */
function nextWorkingMorningAfter(instant: string): { at: string; day: string } {
  const day = new VietnamWorkingCalendar().addWorkingDays(
    vietnamCalendarDate(new Date(instant)),
    1,
  );
  return { at: `${day}T10:00:00+07:00`, day };
}

/**
 * The five services as separate processes, driven only over HTTP, talking only through the
 * real broker: one dossier from the desk to the citizen's verdict, as a commune office lives
 * it. Dates come from the appointment the services compute, so the journey holds on any
 * day it runs, weekends and holidays included. The steps run in order and share the dossier.
 */
describe('a same-day dossier from the desk to the citizen’s verdict (five processes, real broker)', () => {
  const { kafkaBrokers } = testInfrastructure();
  const run = randomUUID().slice(0, 8);
  const prefix = `e2e-${run}.`;
  const probe = new KafkaProbe(kafkaBrokers.split(','));
  const authority = new TestAuthority();
  let services: WatchedServices;
  let officer = '';

  const url = (service: Service, path: string): string => services.processes.url(service, path);
  /** JSON over HTTP as the officer, or as a citizen without an account (`asCitizen`). */
  const call = (
    service: Service,
    path: string,
    options: { body?: unknown; asCitizen?: boolean } = {},
  ): Promise<Reply> =>
    jsonCall(url(service, path), {
      body: options.body,
      ...(options.asCitizen ? {} : { authorization: officer }),
    });
  const get = (service: Service, path: string): Promise<Reply> => call(service, path);
  const post = (service: Service, path: string, body: unknown): Promise<Reply> =>
    call(service, path, { body });
  const citizenGet = (service: Service, path: string): Promise<Reply> =>
    call(service, path, { asCitizen: true });
  const citizenPost = (service: Service, path: string, body: unknown): Promise<Reply> =>
    call(service, path, { body, asCitizen: true });

  /** Waits for correspondence to have written letters of a kind about a subject; those letters. */
  const lettersWritten = (kind: string, subjectKey: string): Promise<any[]> =>
    eventually(
      async () => {
        const found = await get(
          'correspondence',
          `/v1/letters?kind=${kind}&subjectKey=${subjectKey}`,
        );
        return found.status === 200 && found.body.length > 0 ? (found.body as any[]) : undefined;
      },
      { description: `${kind} letter` },
    );

  /** Waits until a service's consumer group has read every record written to the topics. */
  async function consumedEverything(service: Service, topics: string[]): Promise<void> {
    const admin = probe.kafka.admin();
    await admin.connect();
    try {
      await services.processes.consumedEverything(admin, service, topics);
    } finally {
      await admin.disconnect();
    }
  }

  // What the steps hand on to each other.
  let dossier: any;
  let deadlineId = '';
  let newDueAt = '';
  let returned: any;
  let surveyCode = '';
  let invitationId = '';

  beforeAll(async () => {
    services = await WatchedServices.start({ firstPort: FIRST_PORT, run, authority });
    officer = await authority.bearer({ roles: ['officer'], communes: [COMMUNE] });
  });

  afterAll(async () => {
    await services?.stop();
  });

  it('should receive a copy-certification dossier at the desk and start tracking its appointment', async () => {
    const received = await post('intake', '/v1/dossiers', {
      communeCode: COMMUNE,
      procedureKey: 'copy-certification',
      channel: 'counter',
      applicant: {
        fullName: 'Hoàng Văn Minh',
        phone: '0912345678',
        addressLine: 'Số 7, phố Đào Duy Từ',
      },
    });

    expect(received.status).toBe(201);
    dossier = received.body;
    expect(dossier).toMatchObject({
      communeCode: COMMUNE,
      communeName: 'Phường Hạc Thành',
      procedure: { key: 'copy-certification', processingWorkingDays: 0 },
      status: 'received',
      fee: { amountVnd: 2000, status: 'unpaid' },
    });
    expect(dossier.dueAt).toBe(dossier.originalDueAt);
    expect(new Date(dossier.dueAt).getTime()).toBeGreaterThan(Date.now());

    const deadline = await eventually(
      () => bodyWhen(200, get('deadline', `/v1/deadlines/by-subject/${dossier.dossierId}`)),
      { description: 'deadline of the dossier' },
    );
    expect(deadline).toMatchObject({
      subjectType: 'dossier',
      subjectId: dossier.dossierId,
      subjectCode: dossier.dossierCode,
      communeCode: COMMUNE,
      legalWorkingDays: 0,
      dueAt: dossier.dueAt,
      state: 'open',
    });
    deadlineId = deadline.deadlineId;
  });

  it('should record the apology with one new appointment, draft one apology letter and move the intake appointment', async () => {
    const next = nextWorkingMorningAfter(dossier.dueAt);
    newDueAt = new Date(next.at).toISOString();
    const reason = 'Bản chính cần được đối chiếu thêm với cơ quan đã cấp.';

    const rescheduled = await post('deadline', `/v1/deadlines/${deadlineId}/reschedule`, {
      reason,
      newDueAt: next.at,
    });

    expect(rescheduled.status).toBe(200);
    expect(rescheduled.body).toMatchObject({
      dueAt: newDueAt,
      originalDueAt: dossier.dueAt,
      reschedule: { previousDueAt: dossier.dueAt, reason },
    });

    // Correspondence, in its own process and database, writes Mẫu 04 to the applicant.
    const apologies = await lettersWritten('apology', `dossier:${dossier.dossierId}`);
    expect(apologies).toHaveLength(1);
    expect(apologies[0]).toMatchObject({
      communeCode: COMMUNE,
      kind: 'apology',
      recipientName: 'Ông/Bà Hoàng Văn Minh',
      status: 'draft',
    });
    expect(apologies[0].text).toContain(dossier.dossierCode);
    expect(apologies[0].text).toContain(vietnameseLongDate(next.day).replace(/^ngày /u, ''));

    // Intake hears of it too: the citizen's appointment is the new one.
    const moved = await eventually(
      async () => {
        const found = await get('intake', `/v1/dossiers/${dossier.dossierId}`);
        return found.body?.dueAt === newDueAt ? found.body : undefined;
      },
      { description: 'new appointment in intake' },
    );
    expect(moved).toMatchObject({
      originalDueAt: dossier.dueAt,
      reschedule: { previousDueAt: dossier.dueAt, dueAt: newDueAt, reason },
    });

    // The law allows one new appointment only.
    const later = nextWorkingMorningAfter(newDueAt);
    const again = await post('deadline', `/v1/deadlines/${deadlineId}/reschedule`, {
      reason: 'Lần hẹn thứ hai.',
      newDueAt: later.at,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DEADLINE.ALREADY_RESCHEDULED');

    await consumedEverything('correspondence', [`${prefix}${TOPICS.deadlineAlert}`]);
    const letters = await get(
      'correspondence',
      `/v1/letters?kind=apology&subjectKey=dossier:${dossier.dossierId}`,
    );
    expect(letters.body).toHaveLength(1);
  });

  it('should return the paid result and invite the citizen to exactly one survey', async () => {
    const id: string = dossier.dossierId;
    const unpaid = await post('intake', `/v1/dossiers/${id}/status-changes`, { to: 'processed' });
    expect(unpaid.status).toBe(200);
    const refused = await post('intake', `/v1/dossiers/${id}/status-changes`, {
      to: 'result-returned',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('DOSSIER.FEE_UNPAID');

    const paid = await post('intake', `/v1/dossiers/${id}/payments`, {
      amountVnd: 2000,
      method: 'cash',
      reference: `BL-${run}`,
    });
    expect(paid.status).toBe(200);
    expect(paid.body.fee).toMatchObject({ amountVnd: 2000, status: 'paid', method: 'cash' });
    const back = await post('intake', `/v1/dossiers/${id}/status-changes`, {
      to: 'result-returned',
    });
    expect(back.status).toBe(200);
    returned = back.body;
    expect(returned).toMatchObject({ status: 'result-returned', onTime: true, dueAt: newDueAt });

    const slip = await eventually(
      () => bodyWhen(200, get('survey', `/v1/invitations/by-dossier/${id}`)),
      {
        description: 'survey invitation',
      },
    );
    expect(slip).toMatchObject({ dossierId: id, dossierCode: dossier.dossierCode });
    expect(slip.slipText).toContain(slip.code);
    surveyCode = slip.code;
    invitationId = slip.invitationId;

    const closed = await eventually(
      async () => {
        const found = await get('deadline', `/v1/deadlines/by-subject/${id}`);
        return found.body?.state === 'closed' ? found.body : undefined;
      },
      { description: 'deadline closed' },
    );
    expect(closed).toMatchObject({ closeReason: 'result-returned', onTime: true });
  });

  it('should take one dissatisfied answer by the slip code and open one dissatisfaction case for the commune', async () => {
    const opened = await citizenGet('survey', `/v1/public/surveys/${surveyCode}`);
    expect(opened.status).toBe(200);
    expect(opened.body.communeName).toBe('Phường Hạc Thành');
    // Every question answered as a dissatisfied citizen would: the overall rating is 1.
    const answers = Object.fromEntries(
      (opened.body.questions as { key: string; type: string; required: boolean }[])
        .filter((question) => question.required)
        .map((question) => [
          question.key,
          question.type === 'rating' ? (question.key === 'overall' ? 1 : 2) : 'yes',
        ]),
    );
    answers.comment = 'Phải chờ đến hôm sau mới nhận được bản sao.';

    const answered = await citizenPost('survey', `/v1/public/surveys/${surveyCode}/answers`, {
      answers,
    });
    const twice = await citizenPost('survey', `/v1/public/surveys/${surveyCode}/answers`, {
      answers: { ...answers, overall: 5 },
    });

    expect(answered.status).toBe(201);
    expect(answered.body.message).toContain('Cảm ơn Ông/Bà');
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('SURVEY.ALREADY_ANSWERED');

    const cases = await eventually(
      async () => {
        const found = await get(
          'feedback',
          `/v1/feedback-cases?communeCode=${COMMUNE}&kind=dissatisfaction`,
        );
        return found.status === 200 && found.body.length > 0 ? (found.body as any[]) : undefined;
      },
      { description: 'dissatisfaction case' },
    );
    await consumedEverything('feedback', [`${prefix}${TOPICS.surveyResponse}`]);
    const settled = await get(
      'feedback',
      `/v1/feedback-cases?communeCode=${COMMUNE}&kind=dissatisfaction`,
    );
    expect(settled.body).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      communeCode: COMMUNE,
      kind: 'dissatisfaction',
      channel: 'survey',
      origin: { type: 'survey', id: invitationId },
    });
    expect(cases[0].content).toContain('Mức hài lòng chung: 1/5.');
    // The leader reads the procedure's Vietnamese name, never the internal key.
    expect(cases[0].content).toContain(
      'Thủ tục: Chứng thực bản sao từ bản chính giấy tờ, văn bản.',
    );
    expect(cases[0].content).not.toContain('copy-certification');

    const period = vietnamCalendarDate(new Date(returned.returnedAt)).slice(0, 7);
    const indexes = await get('survey', `/v1/indexes?communeCode=${COMMUNE}&period=${period}`);
    expect(indexes.status).toBe(200);
    const communeRow = (indexes.body as { dimension: string; key: string }[]).find(
      (row) => row.dimension === 'commune',
    );
    expect(communeRow).toMatchObject({
      invitations: 1,
      answers: 1,
      responseRate: 1,
      satisfied: 0,
      dissatisfied: 1,
      overallDistribution: [1, 0, 0, 0, 0],
    });
  });

  it('should thank a citizen who writes in with contact details, once', async () => {
    const submitted = await citizenPost('feedback', '/v1/public/feedback', {
      communeCode: COMMUNE,
      kind: 'suggestion',
      content: 'Đề nghị bố trí thêm ghế chờ tại Bộ phận một cửa vào buổi sáng.',
      contact: {
        fullName: 'Nguyễn Thị Lan',
        addressLine: 'Số 8, ngõ 3, phố Lê Lai',
        phone: '0987 111 222',
      },
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body.kind).toBe('suggestion');

    const found = await get('feedback', `/v1/feedback-cases?code=${submitted.body.caseCode}`);
    expect(found.body).toHaveLength(1);
    const caseId: string = found.body[0].caseId;
    const thanks = await lettersWritten('thank-you', `feedback-case:${caseId}`);
    expect(thanks).toHaveLength(1);
    expect(thanks[0]).toMatchObject({
      communeCode: COMMUNE,
      kind: 'thank-you',
      recipientName: 'Ông/Bà Nguyễn Thị Lan',
      status: 'draft',
    });
    expect(thanks[0].text).toContain(submitted.body.caseCode);

    // The anonymous survey case gets no letter: the commune has written one thank-you in all.
    await consumedEverything('correspondence', [`${prefix}${TOPICS.feedbackCase}`]);
    const all = await get('correspondence', `/v1/letters?kind=thank-you&communeCode=${COMMUNE}`);
    expect(all.body).toHaveLength(1);
  });

  it('should count the dossier as received and returned on time in the on-time figures', async () => {
    const receivedIn = vietnamCalendarDate(new Date(dossier.receivedAt)).slice(0, 7);
    const returnedIn = vietnamCalendarDate(new Date(returned.returnedAt)).slice(0, 7);
    const figures = (period: string): Promise<Reply> =>
      get('deadline', `/v1/figures/on-time?period=${period}&communeCode=${COMMUNE}`);

    const atReturn = await eventually(
      async () => {
        const found = await figures(returnedIn);
        return found.body?.dossiers?.total?.returned === 1 ? found.body : undefined;
      },
      { description: 'returned dossier in the figures' },
    );
    const atReceipt = receivedIn === returnedIn ? atReturn : (await figures(receivedIn)).body;

    expect(atReceipt.dossiers.total.received).toBe(1);
    expect(atReturn.dossiers.total).toMatchObject({
      returned: 1,
      returnedOnTime: 1,
      late: 0,
      onTimeRate: 1,
    });
    expect(atReturn.dossiers.byCategory).toEqual([
      expect.objectContaining({ key: 'copy-certification' }),
    ]);
    expect(atReturn.dossiers.byOfficer).toEqual([
      expect.objectContaining({ officerId: dossier.receivedBy }),
    ]);
  });

  it('should have answered every request and event through an index, never a whole collection', async () => {
    expect(await services.collectionScans()).toEqual({});
  });
});
