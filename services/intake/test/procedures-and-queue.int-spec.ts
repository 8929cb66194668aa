import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { TestRun, vn } from '@libs/testing';

import { QueueTicket } from '../src/queue/domain/queue-ticket';
import { QueueRepository } from '../src/queue/infrastructure/queue.repository';
import { QueueTicketRecord } from '../src/queue/infrastructure/queue-ticket.schema';
import { deskDossierForm, startIntake } from './support';

const residenceConfirmation = {
  communeCode: '14797',
  name: 'Xác nhận  thông tin về cư trú',
  processingWorkingDays: 1,
  cutoff: '15:00',
  feeVnd: 0,
  serviceLevel: 'full-online',
  civilStatusOutcome: 'none',
};

describe('intake: the procedure catalogue and the counter queue over HTTP and the store', () => {
  const run = new TestRun();
  const { authority } = run;
  const clock = new ManualClock(vn('2026-03-12T08:00:00'));
  let app: INestApplication;
  let tickets: Model<QueueTicketRecord>;
  let officer: string;
  let leader: string;
  let provinceOfficer: string;

  const http = () => request(app.getHttpServer());
  const define = (key: string, body: object, authorization = leader) =>
    http().put(`/v1/procedures/${key}`).set('Authorization', authorization).send(body);
  const issue = (procedureKey: string, authorization = officer, communeCode = '14797') =>
    http()
      .post('/v1/queue-tickets')
      .set('Authorization', authorization)
      .send({ communeCode, procedureKey });
  const serve = (ticketId: string, authorization = officer) =>
    http().post(`/v1/queue-tickets/${ticketId}/service-start`).set('Authorization', authorization);
  const figures = (query: string, authorization = leader) =>
    http().get(`/v1/queue-figures?${query}`).set('Authorization', authorization);

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });
    provinceOfficer = await authority.bearer({ roles: ['province'], province: '38' });
    app = await startIntake(run, { options: { clock } });
    tickets = app.get(getModelToken(QueueTicketRecord.name));
  });

  afterAll(() => run.cleanUp());

  it('should post the fee schedule publicly: procedures with legal times, cut-off, verification time, fees and documents', async () => {
    const response = await http().get('/v1/procedures');

    expect(response.status).toBe(200);
    const byKey = new Map(
      (response.body as { key: string }[]).map((procedure) => [procedure.key, procedure]),
    );
    expect([...byKey.keys()]).toEqual(
      expect.arrayContaining([
        'birth-registration',
        'birth-residence-health-insurance',
        'copy-certification',
        'contract-certification',
        'death-registration',
        'death-residence-social-insurance',
        'marital-status-confirmation',
        'marriage-registration',
        'signature-certification',
      ]),
    );
    expect(byKey.get('marriage-registration')).toMatchObject({
      processingWorkingDays: 0,
      afternoonCutoff: true,
      verificationMaxWorkingDays: 5,
      verificationLegalBasis: 'Luật Hộ tịch 2014, Điều 18 khoản 2',
      feeBasis: 'flat',
    });
    expect(byKey.get('birth-registration')).not.toHaveProperty('verificationMaxWorkingDays');
    expect(byKey.get('marital-status-confirmation')).toMatchObject({
      processingWorkingDays: 3,
      afternoonCutoff: false,
    });
    expect(byKey.get('copy-certification')).toMatchObject({
      feeBasis: 'per-copy-page',
      certificationRegister: 'SCT/BS',
      requiredDocuments: expect.arrayContaining([
        'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
      ]),
    });
    expect(byKey.get('signature-certification')).toMatchObject({
      name: 'Chứng thực chữ ký trong các giấy tờ, văn bản',
      nationalCode: '2.000884',
      processingWorkingDays: 0,
      afternoonCutoff: true,
      feeVnd: 10000,
      serviceLevel: 'counter-only',
      offeredOnline: false,
      civilStatusOutcome: 'none',
    });
    expect(byKey.get('death-registration')).toMatchObject({ civilStatusOutcome: 'death' });
  });

  it("should let a commune leader add a procedure to the commune's catalogue without code", async () => {
    const defined = await define('residence-confirmation', residenceConfirmation);
    const neighbourCatalogue = await http().get('/v1/procedures?communeCode=16522');
    const ownCatalogue = await http().get('/v1/procedures?communeCode=14797');
    clock.set(vn('2026-03-12T15:20:00'));
    const dossier = await http()
      .post('/v1/dossiers')
      .set('Authorization', officer)
      .send(
        deskDossierForm(
          { fullName: 'Vũ Thị Mai' },
          { procedureKey: 'residence-confirmation', channel: 'online' },
        ),
      );

    expect(defined.status).toBe(200);
    expect(defined.body).toMatchObject({
      key: 'residence-confirmation',
      name: 'Xác nhận thông tin về cư trú',
      active: true,
    });
    expect(
      (neighbourCatalogue.body as { key: string }[]).map((procedure) => procedure.key),
    ).not.toContain('residence-confirmation');
    expect((ownCatalogue.body as { key: string }[]).map((procedure) => procedure.key)).toContain(
      'residence-confirmation',
    );
    expect(dossier.status).toBe(201);
    // After 15:00 on Thursday: counted from Friday, due Monday 16 March.
    expect(dossier.body.dueAt).toBe(vn('2026-03-16T17:00:00').toISOString());
  });

  it('should post the code of conduct officers keep, without an account', async () => {
    const response = await http().get('/v1/public/conduct-code');

    expect(response.status).toBe(200);
    expect((response.body as { group: string }[]).map((group) => group.group)).toEqual([
      '5 biết',
      '3 không',
      '4 thể hiện',
    ]);
    expect(response.body[1].items).toContain('Không trễ hẹn');
  });

  it('should let a commune set its own fee and withdraw a procedure, changing the posted schedule', async () => {
    const copy = {
      ...residenceConfirmation,
      name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
      processingWorkingDays: 0,
      feeVnd: 3000,
      serviceLevel: 'partial-online',
    };
    await define('copy-certification', copy);
    await define('signature-certification', {
      ...copy,
      name: 'Chứng thực chữ ký',
      serviceLevel: 'counter-only',
      active: false,
    });

    const catalogue = await http().get('/v1/procedures?communeCode=14797');
    const withdrawn = await http()
      .post('/v1/dossiers')
      .set('Authorization', officer)
      .send(deskDossierForm({ fullName: 'Vũ Thị Mai' }));

    const byKey = new Map(
      (catalogue.body as { key: string; feeVnd: number }[]).map((procedure) => [
        procedure.key,
        procedure,
      ]),
    );
    expect(byKey.get('copy-certification')?.feeVnd).toBe(3000);
    expect(byKey.has('signature-certification')).toBe(false);
    expect(withdrawn.status).toBe(400);
    expect(withdrawn.body.errors).toEqual([
      {
        field: 'procedureKey',
        messages: ['Xã, phường không tiếp nhận thủ tục "signature-certification".'],
      },
    ]);
  });

  it('should refuse catalogue changes by officers, other communes and bad definitions', async () => {
    const byOfficer = await define('residence-confirmation', residenceConfirmation, officer);
    const byNeighbour = await define(
      'residence-confirmation',
      residenceConfirmation,
      await authority.bearer({ roles: ['leader'], communes: ['16522'] }),
    );
    const birthWithoutOutcome = await define('birth-registration', {
      ...residenceConfirmation,
      name: 'Đăng ký khai sinh',
    });
    const malformed = await define('Bad Key', { ...residenceConfirmation, feeVnd: -1 });
    const unknownCommune = await http().get('/v1/procedures?communeCode=99999');

    expect(byOfficer.status).toBe(403);
    expect(byNeighbour.status).toBe(403);
    expect(birthWithoutOutcome.status).toBe(400);
    expect(birthWithoutOutcome.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'civilStatusOutcome',
    ]);
    expect(malformed.status).toBe(400);
    expect(unknownCommune.status).toBe(400);
  });

  it('should measure the wait at the counter per procedure and per day, once per ticket', async () => {
    clock.set(vn('2026-03-13T08:00:00'));
    const first = await issue('copy-certification');
    clock.set(vn('2026-03-13T08:05:00'));
    const second = await issue('copy-certification');
    await issue('marriage-registration');
    clock.set(vn('2026-03-13T08:14:30'));
    const served = await serve(first.body.ticketId);
    clock.set(vn('2026-03-13T08:20:00'));
    await serve(second.body.ticketId);
    // A double click on the same ticket counts once.
    const again = await serve(second.body.ticketId);
    clock.set(vn('2026-03-16T09:00:00'));
    const nextDay = await issue('copy-certification');
    clock.set(vn('2026-03-16T09:06:00'));
    await serve(nextDay.body.ticketId);

    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ label: 'A001', number: 1, day: '2026-03-13' });
    expect(second.body.label).toBe('A002');
    expect(nextDay.body.label).toBe('A001');
    expect(served.body.waitMinutes).toBe(14.5);
    expect(again.status).toBe(200);
    expect(again.body.servedAt).toBe(vn('2026-03-13T08:20:00').toISOString());

    const week = await figures('communeCode=14797&from=2026-03-09&to=2026-03-16');
    expect(week.status).toBe(200);
    expect(week.body.rows).toEqual([
      expect.objectContaining({
        day: '2026-03-13',
        procedureKey: 'copy-certification',
        issued: 2,
        served: 2,
        averageWaitMinutes: 14.8,
        maxWaitMinutes: 15,
      }),
      expect.objectContaining({
        day: '2026-03-13',
        procedureKey: 'marriage-registration',
        issued: 1,
        served: 0,
        averageWaitMinutes: null,
      }),
      expect.objectContaining({
        day: '2026-03-16',
        procedureKey: 'copy-certification',
        issued: 1,
        served: 1,
        averageWaitMinutes: 6,
      }),
    ]);
    expect(week.body.byProcedure).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          procedureKey: 'copy-certification',
          issued: 3,
          served: 3,
          averageWaitMinutes: 11.8,
        }),
      ]),
    );
    const forProvince = await figures('from=2026-03-13&to=2026-03-13', provinceOfficer);
    expect(forProvince.status).toBe(200);
    expect(forProvince.body.total).toMatchObject({ issued: 3, served: 2 });
  });

  it('should count every first ticket of a day when several arrive at once, each once', async () => {
    const repository = app.get(QueueRepository);
    const days = ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-04-07'];
    const ticketsOf = (day: string): QueueTicket[] =>
      Array.from({ length: 8 }, (_, index) => ({
        id: randomUUID(),
        communeCode: '14797',
        provinceCode: '38',
        day,
        number: index + 1,
        procedureKey: 'copy-certification',
        procedureName: 'Chứng thực bản sao từ bản chính',
        issuedAt: vn(`${day}T08:00:00`),
        issuedBy: 'officer-race',
        servedAt: vn(`${day}T08:10:00`),
        servedBy: 'officer-race',
        waitSeconds: 600,
      }));
    const byDay = days.map(ticketsOf);

    // No figures document exists yet for these days: every upsert races to create it, and
    // each ticket is counted twice over (a retried request) to keep the once-per-ticket rule.
    await Promise.all(
      byDay
        .flat()
        .flatMap((ticket) => [
          repository.countIssued(ticket),
          repository.countIssued(ticket),
          repository.countServed(ticket),
          repository.countServed(ticket),
        ]),
    );

    const rows = await repository.dailyFigures(
      { communeCode: '14797', from: days[0] ?? '', to: days[days.length - 1] ?? '' },
      { communes: ['14797'] },
    );
    expect(
      rows.map(({ day, issued, served, waitSecondsTotal }) => ({
        day,
        issued,
        served,
        waitSecondsTotal,
      })),
    ).toEqual(days.map((day) => ({ day, issued: 8, served: 8, waitSecondsTotal: 4800 })));
  });

  it('should keep the queue of each commune to itself and refuse unknown procedures', async () => {
    clock.set(vn('2026-03-13T10:00:00'));
    const ticket = await issue('copy-certification');
    const neighbour = await authority.bearer({ roles: ['officer'], communes: ['16522'] });
    const before = await tickets.countDocuments().exec();

    const servedByNeighbour = await serve(ticket.body.ticketId, neighbour);
    const issuedForOther = await issue('copy-certification', neighbour);
    const unknownProcedure = await issue('dog-licence');
    const neighbourFigures = await figures(
      'communeCode=14797&from=2026-03-13&to=2026-03-13',
      neighbour,
    );
    const byProvince = await issue('copy-certification', provinceOfficer);

    expect(servedByNeighbour.status).toBe(404);
    expect(issuedForOther.status).toBe(403);
    expect(unknownProcedure.status).toBe(400);
    expect(neighbourFigures.body.rows).toEqual([]);
    expect(byProvince.status).toBe(403);
    expect(await tickets.countDocuments().exec()).toBe(before);
  });
});
