import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import {
  DEADLINE_DUE_SOON_V1,
  DEADLINE_RESCHEDULED_V1,
  toKafkaRecord,
  TOPICS,
} from '@libs/contracts';
import { deadLetterTopicFor } from '@libs/messaging';
import {
  auditedActions,
  CapturedRecord,
  eventually,
  producedEvent,
  produceRaw,
  TestRun,
  vn,
} from '@libs/testing';

import { DossierRescheduleService } from '../src/dossiers/application/dossier-reschedule.service';
import { DossierRepository } from '../src/dossiers/infrastructure/dossier.repository';
import { DossierRecord } from '../src/dossiers/infrastructure/dossier.schema';
import { binary, deskDossierForm, pdfText, startIntake } from './support';

const birthDossier = () => ({
  communeCode: '14797',
  procedureKey: 'birth-registration',
  channel: 'counter',
  applicant: {
    fullName: 'Trần  Thị Bình',
    phone: '0912345678',
    addressLine: 'Số 12, phố Trần Phú',
  },
  birth: {
    child: { fullName: 'Nguyễn Minh Khôi', dateOfBirth: '2026-03-01', sex: 'male' },
    father: { fullName: 'Nguyễn Văn An' },
    mother: { fullName: 'Trần Thị Bình' },
    address: { line: 'Số 12, phố Trần Phú' },
  },
});

const certificationDossier = (procedureKey = 'signature-certification') =>
  deskDossierForm({ fullName: 'Lê Văn Cường' }, { procedureKey });

const marriageDossier = () => ({
  ...certificationDossier('marriage-registration'),
  marriage: {
    husband: { fullName: 'Phạm Văn Dũng' },
    wife: { fullName: 'Hoàng Thị Lan' },
    address: { line: 'Thôn Đông' },
  },
});

/** deadline.rescheduled as the deadline service publishes it for one of the test's dossiers. */
const dossierRescheduled = (
  dossier: { dossierId: string; dossierCode: string },
  facts: { eventId: string; deadlineId: string; at: Date; dueAt: Date },
) =>
  producedEvent(DEADLINE_RESCHEDULED_V1, {
    id: facts.eventId,
    subject: facts.deadlineId,
    time: facts.at.toISOString(),
    data: {
      deadlineId: facts.deadlineId,
      subjectType: 'dossier',
      subjectId: dossier.dossierId,
      subjectCode: dossier.dossierCode,
      communeCode: '14797',
      provinceCode: '38',
      dueAt: facts.dueAt.toISOString(),
      previousDueAt: vn('2026-03-17T17:00:00').toISOString(),
      reason: 'Cần xác minh thêm thông tin tại nơi cư trú trước đây.',
      rescheduledAt: facts.at.toISOString(),
      officerId: 'officer-14797',
    },
  });

describe('intake: dossiers from receipt to returned result over HTTP, Kafka and the store', () => {
  const run = new TestRun();
  const { authority, brokers, prefix } = run;
  const groupId = run.groupId('intake');
  const probe = run.probe();
  const clock = new ManualClock(vn('2026-03-12T09:00:00'));
  let app: INestApplication;
  let dossiers: Model<DossierRecord>;
  let officer: string;
  let leader: string;
  let neighbour: string;

  const http = () => request(app.getHttpServer());
  const receive = (body: object, authorization = officer) =>
    http().post('/v1/dossiers').set('Authorization', authorization).send(body);
  const change = (id: string, body: object, authorization = officer) =>
    http().post(`/v1/dossiers/${id}/status-changes`).set('Authorization', authorization).send(body);
  const read = (id: string, authorization = officer) =>
    http().get(`/v1/dossiers/${id}`).set('Authorization', authorization);
  const lookup = (code: string, secret: string) =>
    http()
      .get(`/v1/public/dossiers/${encodeURIComponent(code)}`)
      .query({ secret });
  const recordsOf = (key: string): CapturedRecord[] =>
    probe.records.filter((record) => record.key === key);
  const typesOf = (key: string): string[] => recordsOf(key).map((record) => record.headers.ce_type);
  const stored = async (id: string) => dossiers.findById(id).lean<DossierRecord>().exec();

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });
    neighbour = await authority.bearer({ roles: ['officer'], communes: ['16522'] });
    app = await startIntake(run, {
      options: { clock },
      settings: { CONSUMER_RETRY_BASE_MS: '20', CONSUMER_MAX_ATTEMPTS: '2' },
    });
    dossiers = app.get(getModelToken(DossierRecord.name));
    await probe.start([
      `${prefix}${TOPICS.dossier}`,
      `${prefix}${TOPICS.civilStatus}`,
      `${prefix}${deadLetterTopicFor(groupId)}`,
    ]);
  });

  afterAll(() => run.cleanUp());

  it('should take a birth dossier from receipt to a result returned on time, with every event on the broker', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const received = await receive(birthDossier()).set('Idempotency-Key', `desk-${run.id}-birth`);

    expect(received.status).toBe(201);
    expect(received.body).toMatchObject({
      communeName: 'Phường Hạc Thành',
      procedure: { key: 'birth-registration', name: 'Đăng ký khai sinh', nationalCode: '1.001193' },
      applicant: { fullName: 'Trần Thị Bình' },
      status: 'received',
      statusName: 'Được tiếp nhận',
      nationalStatusCode: 2,
      receivedAt: vn('2026-03-12T09:00:00').toISOString(),
      // Decided the same day (Luật Hộ tịch 2014 art. 16(2)): Thursday 12 March, close of office.
      dueAt: vn('2026-03-12T17:00:00').toISOString(),
      fee: { amountVnd: 0, status: 'not-required' },
    });
    expect(received.body.dossierCode).toMatch(/^H56\.147\.97-260312-\d{4}$/);
    expect(received.body.lookupSecret).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const id: string = received.body.dossierId;

    clock.set(vn('2026-03-12T10:00:00'));
    expect((await change(id, { to: 'in-progress' })).status).toBe(200);
    clock.set(vn('2026-03-12T11:00:00'));
    const processed = await change(id, { to: 'processed' });
    expect(processed.status).toBe(200);
    const registrationId: string = processed.body.civilStatusRegistrationId;
    expect(registrationId).toMatch(/^[0-9a-f-]{36}$/);
    clock.set(vn('2026-03-12T16:30:00'));
    const returned = await change(id, { to: 'result-returned' }, leader);
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'result-returned',
      statusName: 'Đã trả kết quả',
      onTime: true,
      returnedAt: vn('2026-03-12T16:30:00').toISOString(),
    });
    expect(returned.body.lookupSecret).toBeUndefined();

    await eventually(() => (typesOf(id).length === 5 ? true : undefined), {
      description: 'five dossier events on the broker',
    });
    expect(typesOf(id)).toEqual([
      'dossier.received.v1',
      'dossier.status-changed.v1',
      'dossier.status-changed.v1',
      'dossier.status-changed.v1',
      'dossier.result-returned.v1',
    ]);
    const [receivedEvent, , , , returnedEvent] = recordsOf(id);
    expect(receivedEvent.headers).toMatchObject({ ce_subject: id, ce_communecode: '14797' });
    expect(JSON.parse(receivedEvent.value!)).toMatchObject({
      dossierCode: received.body.dossierCode,
      procedureKey: 'birth-registration',
      channel: 'counter',
      afternoonCutoff: true,
      processingWorkingDays: 0,
      dueAt: vn('2026-03-12T17:00:00').toISOString(),
      applicant: { fullName: 'Trần Thị Bình', phone: '0912345678' },
    });
    expect(JSON.parse(receivedEvent.value!).applicant).not.toHaveProperty('identityNumber');
    expect(JSON.parse(returnedEvent.value!)).toMatchObject({
      dossierId: id,
      procedureKey: 'birth-registration',
      procedureName: 'Đăng ký khai sinh',
      onTime: true,
      dueAt: vn('2026-03-12T17:00:00').toISOString(),
      returnedAt: vn('2026-03-12T16:30:00').toISOString(),
    });
    const birth = await eventually(() => recordsOf(registrationId)[0], {
      description: 'birth.registered.v1 on the broker',
    });
    expect(birth.topic).toBe(`${prefix}${TOPICS.civilStatus}`);
    expect(birth.headers.ce_type).toBe('birth.registered.v1');
    expect(JSON.parse(birth.value!)).toMatchObject({
      registrationId,
      communeCode: '14797',
      provinceCode: '38',
      registeredAt: vn('2026-03-12T11:00:00').toISOString(),
      child: { fullName: 'Nguyễn Minh Khôi', dateOfBirth: '2026-03-01', sex: 'male' },
      father: { fullName: 'Nguyễn Văn An' },
      mother: { fullName: 'Trần Thị Bình' },
      address: { line: 'Số 12, phố Trần Phú', communeCode: '14797' },
    });

    const actions = await auditedActions(app, leader, 'communeCode=14797&limit=1000', id);
    expect(actions).toEqual([
      'dossier.received',
      'dossier.status-changed',
      'dossier.status-changed',
      'dossier.status-changed',
    ]);
  });

  it('should print the receipt slip (Mẫu 01) with the code, the appointment and the secret given', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const received = await receive(birthDossier());
    const { dossierId, dossierCode, lookupSecret } = received.body;

    const slip = await http()
      .get(`/v1/dossiers/${dossierId}/receipt.pdf`)
      .set('Authorization', officer)
      .set('X-Lookup-Secret', lookupSecret)
      .buffer(true)
      .parse(binary);
    const wrongSecret = await http()
      .get(`/v1/dossiers/${dossierId}/receipt.pdf`)
      .set('Authorization', officer)
      .set('X-Lookup-Secret', 'AAAAA-AAAAA');

    expect(slip.status).toBe(200);
    expect(slip.headers['content-type']).toBe('application/pdf');
    const text = pdfText(slip.body as Buffer);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(dossierCode);
    expect(text).toContain(lookupSecret);
    expect(text).toContain('Đăng ký khai sinh (mã thủ tục 1.001193)');
    expect(text).toContain('09 giờ 00 phút, ngày 12 tháng 3 năm 2026');
    expect(text).toContain('17 giờ 00 phút, ngày 12 tháng 3 năm 2026');
    expect(wrongSecret.status).toBe(400);
    expect(wrongSecret.body.code).toBe('DOSSIER.SECRET_MISMATCH');
  });

  it('should count a dossier received at 15:30 from the next working day', async () => {
    // Thursday 12 March 2026 at 15:30: after the 15:00 cut-off of civil-status procedures.
    clock.set(vn('2026-03-12T15:30:00'));
    const late = await receive(marriageDossier());
    clock.set(vn('2026-03-12T14:30:00'));
    const early = await receive(certificationDossier('copy-certification'));
    clock.set(vn('2026-03-12T15:30:00'));
    const sameDayLate = await receive(certificationDossier('copy-certification'));

    expect(late.status).toBe(201);
    // A same-day marriage asked after 15:00 is decided on Friday 13 March (Luật Hộ tịch art. 5(3)).
    expect(late.body.dueAt).toBe(vn('2026-03-13T17:00:00').toISOString());
    expect(early.body.dueAt).toBe(vn('2026-03-12T17:00:00').toISOString());
    expect(sameDayLate.body.dueAt).toBe(vn('2026-03-13T17:00:00').toISOString());
  });

  it('should carry the appointment over Tết 2026 (16–20 February off)', async () => {
    clock.set(vn('2026-02-12T09:00:00'));
    const thursday = await receive(certificationDossier('marital-status-confirmation'));
    clock.set(vn('2026-02-13T15:30:00'));
    const lastAfternoon = await receive(certificationDossier('copy-certification'));

    expect(thursday.status).toBe(201);
    expect(thursday.body.dossierCode).toMatch(/^H56\.147\.97-260212-\d{4}$/);
    // Friday 13, Monday 23, Tuesday 24 February.
    expect(thursday.body.dueAt).toBe(vn('2026-02-24T17:00:00').toISOString());
    // A same-day certification asked after 15:00 on the last day before Tết: Monday 23.
    expect(lastAfternoon.body.dueAt).toBe(vn('2026-02-23T17:00:00').toISOString());
  });

  it('should refuse an illegal transition with 409 and change nothing', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const received = await receive(certificationDossier());
    const id: string = received.body.dossierId;
    await eventually(() => (typesOf(id).length === 1 ? true : undefined));
    const before = await stored(id);

    clock.set(vn('2026-03-12T09:10:00'));
    const skipped = await change(id, { to: 'result-returned' });
    const backwards = await change(id, { to: 'received' });

    expect(skipped.status).toBe(409);
    expect(skipped.body.code).toBe('DOSSIER.TRANSITION_NOT_ALLOWED');
    expect(skipped.body.message).toContain('Được tiếp nhận');
    expect(backwards.status).toBe(409);
    const after = await stored(id);
    expect(after?.status).toBe('received');
    expect(after?.lastChangedAt).toEqual(before?.lastChangedAt);
    expect(after?.audit).toHaveLength(1);
    expect(after?.outbox).toHaveLength(0);
    expect(typesOf(id)).toEqual(['dossier.received.v1']);
  });

  it('should refuse to return an unpaid result, then take a cashless payment and return on time', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(certificationDossier());
    const id: string = body.dossierId;
    clock.set(vn('2026-03-12T09:12:00'));
    await change(id, { to: 'processed' });

    const unpaid = await change(id, { to: 'result-returned' });
    const wrongAmount = await http()
      .post(`/v1/dossiers/${id}/payments`)
      .set('Authorization', officer)
      .send({ amountVnd: 5000, method: 'cashless' });
    const paid = await http()
      .post(`/v1/dossiers/${id}/payments`)
      .set('Authorization', officer)
      .send({ amountVnd: 10000, method: 'cashless', reference: 'QR-0001' });
    clock.set(vn('2026-03-12T09:15:00'));
    const returned = await change(id, { to: 'result-returned' });

    expect(unpaid.status).toBe(409);
    expect(unpaid.body.code).toBe('DOSSIER.FEE_UNPAID');
    expect(wrongAmount.status).toBe(400);
    expect(paid.status).toBe(200);
    expect(paid.body.fee).toMatchObject({ amountVnd: 10000, status: 'paid', method: 'cashless' });
    expect(returned.body).toMatchObject({ status: 'result-returned', onTime: true });
    await eventually(() => (typesOf(id).includes('dossier.result-returned.v1') ? true : undefined));
    expect(typesOf(id)).toEqual([
      'dossier.received.v1',
      'dossier.status-changed.v1',
      'dossier.fee-paid.v1',
      'dossier.status-changed.v1',
      'dossier.result-returned.v1',
    ]);
  });

  it('should print the supplement request (Mẫu 02) and count the time anew from the supplement', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(birthDossier());
    const id: string = body.dossierId;
    clock.set(vn('2026-03-12T09:30:00'));
    const asked = await change(id, {
      to: 'supplement-requested',
      reason: 'Thiếu giấy chứng sinh.',
      items: ['Giấy chứng sinh (bản chính)'],
    });
    const missingItems = await change(id, { to: 'stopped' });
    const slip = await http()
      .get(`/v1/dossiers/${id}/supplement-request.pdf`)
      .set('Authorization', officer)
      .buffer(true)
      .parse(binary);
    const citizenView = await lookup(body.dossierCode, body.lookupSecret);
    clock.set(vn('2026-03-19T15:10:00'));
    const resumed = await change(id, { to: 'in-progress' });

    expect(asked.status).toBe(200);
    expect(missingItems.status).toBe(400);
    expect(missingItems.body.errors).toEqual([
      { field: 'reason', messages: ['Cần ghi rõ lý do để thông báo cho công dân.'] },
    ]);
    const text = pdfText(slip.body as Buffer);
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Giấy chứng sinh (bản chính)');
    expect(citizenView.body).toMatchObject({
      statusName: 'Yêu cầu bổ sung',
      supplement: { reason: 'Thiếu giấy chứng sinh.', items: ['Giấy chứng sinh (bản chính)'] },
    });
    // Thursday 19 March after 15:00: a same-day birth is decided on Friday 20.
    expect(resumed.body.dueAt).toBe(vn('2026-03-20T17:00:00').toISOString());
    expect(resumed.body.originalDueAt).toBe(vn('2026-03-12T17:00:00').toISOString());
    await eventually(() => (typesOf(id).length === 3 ? true : undefined));
    expect(JSON.parse(recordsOf(id)[2].value!)).toMatchObject({
      from: 'supplement-requested',
      to: 'in-progress',
      dueAt: vn('2026-03-20T17:00:00').toISOString(),
      appointmentChange: 'supplement',
    });
  });

  it('should print the refusal slip (Mẫu 03) with its reason', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(certificationDossier('copy-certification'));
    const refused = await change(body.dossierId, {
      to: 'rejected',
      reason: 'Bản chính đã bị tẩy xóa, sửa chữa.',
    });
    const slip = await http()
      .get(`/v1/dossiers/${body.dossierId}/refusal.pdf`)
      .set('Authorization', officer)
      .buffer(true)
      .parse(binary);

    expect(refused.body.statusName).toBe('Không được tiếp nhận');
    const text = pdfText(slip.body as Buffer);
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Bản chính đã bị tẩy xóa, sửa chữa.');
  });

  it('should refuse an unknown procedure, an unknown commune and bad details with 400 and store nothing', async () => {
    const before = await dossiers.countDocuments().exec();

    const unknownProcedure = await receive({
      ...certificationDossier(),
      procedureKey: 'dog-licence',
    });
    const unknownCommune = await receive({ ...certificationDossier(), communeCode: '99999' });
    const noBirthDetails = await receive({ ...birthDossier(), birth: undefined });
    const malformed = await receive({ ...certificationDossier(), channel: 'fax', extra: 1 });

    expect(unknownProcedure.status).toBe(400);
    expect(unknownProcedure.body).toMatchObject({
      code: 'DOSSIER.INVALID',
      errors: [{ field: 'procedureKey' }],
    });
    expect(unknownCommune.status).toBe(400);
    expect(unknownCommune.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'communeCode',
      'procedureKey',
    ]);
    expect(noBirthDetails.status).toBe(400);
    expect(noBirthDetails.body.errors).toEqual([
      { field: 'birth', messages: ['Cần thông tin khai sinh (mục birth).'] },
    ]);
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('REQUEST.INVALID');
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['channel', 'extra']),
    );
    expect(await dossiers.countDocuments().exec()).toBe(before);
  });

  it('should create one dossier for a request sent twice with the same Idempotency-Key', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const key = `counter-${randomUUID()}`;

    const first = await receive(certificationDossier()).set('Idempotency-Key', key);
    const again = await receive(certificationDossier()).set('Idempotency-Key', key);
    const altered = await receive(certificationDossier('copy-certification')).set(
      'Idempotency-Key',
      key,
    );

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.dossierId).toBe(first.body.dossierId);
    expect(again.body.dossierCode).toBe(first.body.dossierCode);
    expect(again.body.lookupSecret).toBeUndefined();
    expect(altered.status).toBe(409);
    expect(altered.body.code).toBe('REQUEST.IDEMPOTENCY_KEY_REUSED');
    expect(await dossiers.countDocuments({ requestKey: `officer-14797:14797:${key}` }).exec()).toBe(
      1,
    );
  });

  it('should show a citizen their dossier by code and secret, and answer 404 to a wrong secret', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(birthDossier());
    await change(body.dossierId, { to: 'in-progress' });
    const before = await stored(body.dossierId);

    const own = await lookup(body.dossierCode, body.lookupSecret.toLowerCase());
    const wrong = await lookup(body.dossierCode, 'ZZZZZ-ZZZZZ');
    const unknown = await lookup('H56.147.97-260312-9999', body.lookupSecret);
    const noSecret = await http().get(`/v1/public/dossiers/${body.dossierCode}`);

    expect(own.status).toBe(200);
    expect(own.body).toEqual({
      dossierCode: body.dossierCode,
      procedureName: 'Đăng ký khai sinh',
      communeName: 'Phường Hạc Thành',
      applicantName: 'T*** T*** B***',
      status: 'in-progress',
      statusName: 'Đang xử lý',
      nationalStatusCode: 4,
      receivedAt: vn('2026-03-12T09:00:00').toISOString(),
      dueAt: vn('2026-03-12T17:00:00').toISOString(),
      feeVnd: 0,
      feePaid: false,
    });
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe('DOSSIER.NOT_FOUND');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe(wrong.body.code);
    expect(noSecret.status).toBe(400);
    const after = await stored(body.dossierId);
    expect(after?.audit).toHaveLength(before!.audit.length);
    expect(after?.status).toBe(before?.status);
  });

  it('should issue a new secret to a citizen who lost the slip, and retire the old one', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(certificationDossier());

    const reissued = await http()
      .post(`/v1/dossiers/${body.dossierId}/lookup-secret`)
      .set('Authorization', officer);
    const withOld = await lookup(body.dossierCode, body.lookupSecret);
    const withNew = await lookup(body.dossierCode, reissued.body.lookupSecret);

    expect(reissued.status).toBe(200);
    expect(reissued.body.lookupSecret).not.toBe(body.lookupSecret);
    expect(withOld.status).toBe(404);
    expect(withNew.status).toBe(200);
    expect(JSON.stringify(await stored(body.dossierId))).not.toContain(reissued.body.lookupSecret);
  });

  it('should keep each commune to its own dossiers: 404 to read or change, 403 to receive', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(certificationDossier());
    const provinceOfficer = await authority.bearer({ roles: ['province'], province: '38' });
    const before = await dossiers.countDocuments().exec();

    const readByNeighbour = await read(body.dossierId, neighbour);
    const changedByNeighbour = await change(body.dossierId, { to: 'in-progress' }, neighbour);
    const receivedByNeighbour = await receive(certificationDossier(), neighbour);
    const slipByNeighbour = await http()
      .get(`/v1/dossiers/${body.dossierId}/receipt.pdf`)
      .set('Authorization', neighbour);
    const readByProvince = await read(body.dossierId, provinceOfficer);
    const changedByProvince = await change(body.dossierId, { to: 'in-progress' }, provinceOfficer);
    const listedByNeighbour = await http()
      .get('/v1/dossiers?communeCode=14797')
      .set('Authorization', neighbour);

    expect(readByNeighbour.status).toBe(404);
    expect(changedByNeighbour.status).toBe(404);
    expect(receivedByNeighbour.status).toBe(403);
    expect(receivedByNeighbour.body.code).toBe('TENANCY.FORBIDDEN');
    expect(slipByNeighbour.status).toBe(404);
    expect(readByProvince.status).toBe(200);
    expect(changedByProvince.status).toBe(403);
    expect(listedByNeighbour.body).toEqual([]);
    expect(await dossiers.countDocuments().exec()).toBe(before);
    expect((await stored(body.dossierId))?.status).toBe('received');
  });

  it('should import a historical dossier with its own times for the import role only', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const system = await authority.bearer({ roles: ['system'], communes: ['14797'] });
    const historical = {
      ...certificationDossier('marital-status-confirmation'),
      channel: undefined,
      receivedAt: '2025-10-06T08:30:00+07:00',
      dossierCode: `000.00.38.H56-251006-${String(Date.now()).slice(-4)}`,
    };

    const imported = await http()
      .post('/v1/dossiers/imports')
      .set('Authorization', system)
      .send(historical);
    const byOfficer = await http()
      .post('/v1/dossiers/imports')
      .set('Authorization', officer)
      .send(historical);
    const sameCode = await http()
      .post('/v1/dossiers/imports')
      .set('Authorization', system)
      .send(historical);
    const backdatedByOfficer = await change(imported.body.dossierId, {
      to: 'in-progress',
      at: '2025-10-06T09:00:00+07:00',
    });
    const started = await change(
      imported.body.dossierId,
      { to: 'in-progress', at: '2025-10-06T09:00:00+07:00' },
      system,
    );
    const future = await http()
      .post('/v1/dossiers/imports')
      .set('Authorization', system)
      .send({ ...historical, dossierCode: undefined, receivedAt: '2026-04-01T08:00:00+07:00' });

    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      dossierCode: historical.dossierCode,
      channel: 'import',
      receivedAt: vn('2025-10-06T08:30:00').toISOString(),
      dueAt: vn('2025-10-09T17:00:00').toISOString(),
    });
    expect(byOfficer.status).toBe(403);
    expect(sameCode.status).toBe(409);
    expect(sameCode.body.code).toBe('DOSSIER.CODE_TAKEN');
    expect(backdatedByOfficer.status).toBe(400);
    expect(started.status).toBe(200);
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([
      { field: 'receivedAt', messages: ['Thời điểm tiếp nhận không được ở tương lai.'] },
    ]);
  });

  it('should import a historical dossier with its payment, processing and return in one request', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const system = await authority.bearer({ roles: ['system'], communes: ['14797'] });
    const whole = {
      ...certificationDossier('marital-status-confirmation'),
      channel: undefined,
      receivedAt: '2025-10-06T08:30:00+07:00',
      payment: { method: 'cashless', paidAt: '2025-10-06T08:35:00+07:00' },
      processedAt: '2025-10-08T10:00:00+07:00',
      returnedAt: '2025-10-08T15:00:00+07:00',
    };
    const before = await dossiers.countDocuments().exec();

    const unprocessed = await http()
      .post('/v1/dossiers/imports')
      .set('Authorization', system)
      .send({ ...whole, processedAt: undefined });
    const returnedInFuture = await http()
      .post('/v1/dossiers/imports')
      .set('Authorization', system)
      .send({ ...whole, returnedAt: '2026-03-12T09:00:01+07:00' });
    expect(unprocessed.status).toBe(400);
    expect(unprocessed.body.errors.map((problem: { field: string }) => problem.field)).toEqual([
      'processedAt',
    ]);
    expect(returnedInFuture.status).toBe(400);
    expect(await dossiers.countDocuments().exec()).toBe(before);

    const imported = await http()
      .post('/v1/dossiers/imports')
      .set('Authorization', system)
      .set('Idempotency-Key', `whole-life-${randomUUID()}`)
      .send(whole);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      status: 'result-returned',
      receivedAt: vn('2025-10-06T08:30:00').toISOString(),
      returnedAt: vn('2025-10-08T15:00:00').toISOString(),
      onTime: true,
      fee: { status: 'paid', method: 'cashless' },
    });
    const id = imported.body.dossierId as string;
    await eventually(() => (typesOf(id).length === 5 ? true : undefined), {
      description: 'the imported life on the broker',
    });
    expect(typesOf(id)).toEqual([
      'dossier.received.v1',
      'dossier.fee-paid.v1',
      'dossier.status-changed.v1',
      'dossier.status-changed.v1',
      'dossier.result-returned.v1',
    ]);
    expect(recordsOf(id).map((record) => record.headers.ce_time)).toEqual([
      vn('2025-10-06T08:30:00').toISOString(),
      vn('2025-10-06T08:35:00').toISOString(),
      vn('2025-10-08T10:00:00').toISOString(),
      vn('2025-10-08T15:00:00').toISOString(),
      vn('2025-10-08T15:00:00').toISOString(),
    ]);
  });

  it('should keep a status change made while a payment was being recorded', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(certificationDossier('marital-status-confirmation'));
    const repository = app.get(DossierRepository);
    // The payment reads the dossier, then another officer moves it on before the payment is saved.
    const stale = await repository.findById(body.dossierId, { communes: ['14797'] });
    await change(body.dossierId, { to: 'in-progress' }, leader);
    const read = jest.spyOn(repository, 'findById').mockResolvedValueOnce(stale);

    const paid = await http()
      .post(`/v1/dossiers/${body.dossierId}/payments`)
      .set('Authorization', officer)
      .send({ amountVnd: 15000, method: 'cash' });
    read.mockRestore();

    expect(paid.status).toBe(200);
    const after = await stored(body.dossierId);
    expect(after?.status).toBe('in-progress');
    expect(after?.fee.status).toBe('paid');
  });

  it('should refuse a status change read before a new appointment arrived, and keep the appointment', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(certificationDossier('marital-status-confirmation'));
    const repository = app.get(DossierRepository);
    const stale = await repository.findById(body.dossierId, { communes: ['14797'] });
    await app.get(DossierRescheduleService).onRescheduled(
      dossierRescheduled(body, {
        eventId: randomUUID(),
        deadlineId: randomUUID(),
        at: vn('2026-03-12T09:00:00'),
        dueAt: vn('2026-03-20T17:00:00'),
      }),
    );
    const read = jest.spyOn(repository, 'findById').mockResolvedValueOnce(stale);

    const changed = await change(body.dossierId, { to: 'in-progress' });
    read.mockRestore();

    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('DOSSIER.CHANGED_MEANWHILE');
    const after = await stored(body.dossierId);
    expect(after?.status).toBe('received');
    expect(after?.dueAt).toEqual(vn('2026-03-20T17:00:00'));
    expect(after?.reschedule?.reason).toBe('Cần xác minh thêm thông tin tại nơi cư trú trước đây.');
  });

  it('should take the new appointment of deadline.rescheduled once, however often it is delivered', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(certificationDossier('marital-status-confirmation'));
    const id: string = body.dossierId;
    const deadlineId = randomUUID();
    const rescheduled = (eventId: string, dueAt: Date) =>
      dossierRescheduled(body, { eventId, deadlineId, at: vn('2026-03-16T09:00:00'), dueAt });
    const first = rescheduled(randomUUID(), vn('2026-03-20T17:00:00'));
    const second = rescheduled(randomUUID(), vn('2026-03-27T17:00:00'));
    const topic = `${prefix}${TOPICS.deadlineAlert}`;

    // The same event twice, then a second reschedule; one key keeps them in order.
    await produceRaw(brokers, topic, [
      toKafkaRecord(first),
      toKafkaRecord(first),
      toKafkaRecord(second),
    ]);

    await eventually(() => probe.records.find((record) => record.headers.ce_id === second.id), {
      description: 'the second reschedule dead-lettered',
    });
    const after = await stored(id);
    expect(after?.dueAt).toEqual(vn('2026-03-20T17:00:00'));
    expect(after?.originalDueAt).toEqual(vn('2026-03-17T17:00:00'));
    expect(after?.processedEvents).toEqual([first.id]);
    expect(after?.audit.filter((entry) => entry.action === 'dossier.rescheduled')).toHaveLength(1);
    const view = await lookup(body.dossierCode, body.lookupSecret);
    expect(view.body.dueAt).toBe(vn('2026-03-20T17:00:00').toISOString());
    clock.set(vn('2026-03-19T10:00:00'));
    await change(id, { to: 'processed' });
    await http()
      .post(`/v1/dossiers/${id}/payments`)
      .set('Authorization', officer)
      .send({ amountVnd: 15000, method: 'cash' });
    const returned = await change(id, { to: 'result-returned' });
    // The apology moves the appointment but excuses nothing: against the promised one it is
    // late, as the deadline service's figures count it too.
    expect(returned.body.onTime).toBe(false);
  });
  it('should list the open dossiers the deadline service warned about, each warned once', async () => {
    clock.set(vn('2026-03-23T09:00:00'));
    const open = (await receive(certificationDossier('marital-status-confirmation'))).body;
    const closing = (await receive(certificationDossier('marital-status-confirmation'))).body;
    const dueSoon = (dossier: { dossierId: string; dossierCode: string }) =>
      producedEvent(DEADLINE_DUE_SOON_V1, {
        subject: dossier.dossierId,
        time: vn('2026-03-24T08:00:00').toISOString(),
        data: {
          deadlineId: randomUUID(),
          subjectType: 'dossier',
          subjectId: dossier.dossierId,
          subjectCode: dossier.dossierCode,
          communeCode: '14797',
          provinceCode: '38',
          dueAt: vn('2026-03-24T17:00:00').toISOString(),
          workingHoursLeft: 8,
        },
      });
    const warning = dueSoon(open);
    // Delivered twice; the other dossier is withdrawn after its warning.
    await produceRaw(brokers, `${prefix}${TOPICS.deadlineAlert}`, [
      toKafkaRecord(warning),
      toKafkaRecord(warning),
      toKafkaRecord(dueSoon(closing)),
    ]);
    for (const id of [open.dossierId, closing.dossierId]) {
      await eventually(async () => (await stored(id))?.dueSoon ?? undefined, {
        description: 'the due-soon warning recorded',
      });
    }
    await change(closing.dossierId, { to: 'withdrawn', reason: 'Công dân xin rút hồ sơ.' });

    const after = await stored(open.dossierId);
    expect(after?.dueSoon).toEqual({ warnedAt: vn('2026-03-24T08:00:00'), workingHoursLeft: 8 });
    expect(after?.audit.filter((entry) => entry.action === 'dossier.due-soon')).toHaveLength(1);
    const listed = await http()
      .get('/v1/dossiers?dueSoon=true&communeCode=14797')
      .set('Authorization', officer)
      .expect(200);
    const ids = listed.body.map((dossier: { dossierId: string }) => dossier.dossierId);
    expect(ids).toContain(open.dossierId);
    expect(ids).not.toContain(closing.dossierId);
    expect(
      listed.body.find((d: { dossierId: string }) => d.dossierId === open.dossierId).dueSoon,
    ).toEqual({ warnedAt: vn('2026-03-24T08:00:00').toISOString(), workingHoursLeft: 8 });

    await http().get('/v1/dossiers?dueSoon=yes').set('Authorization', officer).expect(400);
  });

  it('should apply "cần xác minh" once: the legal maximum, its reason, the event deadline follows', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const { body } = await receive(marriageDossier());
    const id: string = body.dossierId;
    const verify = (payload: object) =>
      http()
        .post(`/v1/dossiers/${id}/verification-requests`)
        .set('Authorization', officer)
        .send(payload);
    clock.set(vn('2026-03-12T10:00:00'));

    const verified = await verify({ reason: 'Cần xác minh tình trạng hôn nhân của bên nữ.' });
    const again = await verify({ reason: 'Xác minh thêm.' });
    const slip = await http()
      .get(`/v1/dossiers/${id}/receipt.pdf`)
      .set('Authorization', officer)
      .buffer(true)
      .parse(binary);

    expect(body.dueAt).toBe(vn('2026-03-12T17:00:00').toISOString());
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      status: 'received',
      // Luật Hộ tịch 2014 art. 18(2): at most five working days: Thursday 19 March.
      dueAt: vn('2026-03-19T17:00:00').toISOString(),
      originalDueAt: vn('2026-03-12T17:00:00').toISOString(),
      procedure: { verificationMaxWorkingDays: 5 },
      verification: {
        reason: 'Cần xác minh tình trạng hôn nhân của bên nữ.',
        previousDueAt: vn('2026-03-12T17:00:00').toISOString(),
        dueAt: vn('2026-03-19T17:00:00').toISOString(),
        maxWorkingDays: 5,
        legalBasis: 'Luật Hộ tịch 2014, Điều 18 khoản 2',
      },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DOSSIER.VERIFICATION_ALREADY_APPLIED');
    // The receipt slip carries the new appointment.
    expect(pdfText(slip.body as Buffer)).toContain('17 giờ 00 phút, ngày 19 tháng 3 năm 2026');
    await eventually(() => (typesOf(id).length === 2 ? true : undefined), {
      description: 'the verification on the dossier stream',
    });
    expect(typesOf(id)).toEqual(['dossier.received.v1', 'dossier.status-changed.v1']);
    expect(JSON.parse(recordsOf(id)[1].value!)).toMatchObject({
      from: 'received',
      to: 'received',
      reason: 'Cần xác minh tình trạng hôn nhân của bên nữ.',
      dueAt: vn('2026-03-19T17:00:00').toISOString(),
      appointmentChange: 'verification',
    });
    const after = await stored(id);
    expect(after?.audit.map((entry) => entry.action)).toEqual([
      'dossier.received',
      'dossier.verification-requested',
    ]);
  });

  it('should refuse a verification the law does not allow with a 4xx naming the rule, storing and publishing nothing', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const birth = await receive(birthDossier());
    const marriage = await receive(marriageDossier());
    await eventually(() =>
      typesOf(birth.body.dossierId).length === 1 && typesOf(marriage.body.dossierId).length === 1
        ? true
        : undefined,
    );
    const beforeBirth = await stored(birth.body.dossierId);
    const beforeMarriage = await stored(marriage.body.dossierId);
    const verify = (id: string, payload: object, authorization = officer) =>
      http()
        .post(`/v1/dossiers/${id}/verification-requests`)
        .set('Authorization', authorization)
        .send(payload);
    clock.set(vn('2026-03-12T10:00:00'));

    const noReason = await verify(marriage.body.dossierId, {});
    const blankReason = await verify(marriage.body.dossierId, { reason: '   ' });
    const notAllowed = await verify(birth.body.dossierId, { reason: 'Cần xác minh nơi sinh.' });
    const neighbourAsks = await verify(marriage.body.dossierId, { reason: 'x' }, neighbour);
    clock.set(vn('2026-03-12T17:30:00'));
    const tooLate = await verify(marriage.body.dossierId, { reason: 'Cần xác minh.' });

    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({
      code: 'DOSSIER.VERIFICATION_REASON_REQUIRED',
      errors: [{ field: 'reason', messages: ['Cần ghi rõ lý do cần xác minh.'] }],
    });
    expect(blankReason.status).toBe(400);
    expect(notAllowed.status).toBe(409);
    expect(notAllowed.body.code).toBe('DOSSIER.VERIFICATION_NOT_ALLOWED');
    expect(notAllowed.body.message).toContain('Đăng ký khai sinh');
    expect(neighbourAsks.status).toBe(404);
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.code).toBe('DOSSIER.VERIFICATION_TOO_LATE');
    expect(await stored(birth.body.dossierId)).toEqual(beforeBirth);
    expect(await stored(marriage.body.dossierId)).toEqual(beforeMarriage);
    expect(typesOf(birth.body.dossierId)).toEqual(['dossier.received.v1']);
    expect(typesOf(marriage.body.dossierId)).toEqual(['dossier.received.v1']);
  });

  it('should compute the copy fee from pages and copies, and charge a late birth the province fee', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const copies = await receive({
      ...certificationDossier('copy-certification'),
      copyRequests: [
        { pages: 4, copies: 2 },
        { pages: 1, copies: 1 },
      ],
    });
    const lateBirth = await receive({
      ...birthDossier(),
      birth: {
        ...birthDossier().birth,
        child: { ...birthDossier().birth.child, dateOfBirth: '2025-11-20' },
      },
    });

    expect(copies.status).toBe(201);
    // Circular 226/2016/TT-BTC: (2 × 2,000 + 2 × 1,000) × 2 + 2,000.
    expect(copies.body.fee).toEqual({ amountVnd: 14000, status: 'unpaid' });
    expect(lateBirth.status).toBe(201);
    expect(lateBirth.body.fee).toEqual({ amountVnd: 8000, status: 'unpaid' });
  });
});
