import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { ManualClock } from '@libs/clock';
import { TestRun, vn } from '@libs/testing';

import { binary, deskDossierForm, pdfText, startIntake } from './support';

/** Mẫu 06 (phiếu kiểm soát) and Mẫu 07 (sổ theo dõi hồ sơ) served from recorded dossiers. */
describe('intake: control sheet and tracking register over HTTP and the store', () => {
  const run = new TestRun();
  const { authority } = run;
  const clock = new ManualClock(vn('2026-03-12T09:00:00'));
  let app: INestApplication;
  let officer: string;
  let neighbour: string;

  const http = () => request(app.getHttpServer());
  const register = (query: Record<string, string>, authorization = officer) =>
    http()
      .get('/v1/communes/14797/dossier-register')
      .query(query)
      .set('Authorization', authorization)
      .buffer(true)
      .parse(binary);

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    neighbour = await authority.bearer({ roles: ['officer'], communes: ['16522'] });
    app = await startIntake(run, { options: { clock } });
  });

  afterAll(() => run.cleanUp());

  it('should print a dossier’s handovers on Mẫu 06 and list it in the commune’s Mẫu 07', async () => {
    clock.set(vn('2026-03-12T09:00:00'));
    const received = await http()
      .post('/v1/dossiers')
      .set('Authorization', officer)
      .send(deskDossierForm({ fullName: 'Lê Văn Cường', phone: '0912345678' }));
    expect(received.status).toBe(201);
    const { dossierId, dossierCode } = received.body;
    clock.set(vn('2026-03-12T09:10:00'));
    const processed = await http()
      .post(`/v1/dossiers/${dossierId}/status-changes`)
      .set('Authorization', officer)
      .send({ to: 'processed' });
    expect(processed.status).toBe(200);

    const sheet = await http()
      .get(`/v1/dossiers/${dossierId}/control-sheet.pdf`)
      .set('Authorization', officer)
      .buffer(true)
      .parse(binary);
    expect(sheet.status).toBe(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    const sheetText = pdfText(sheet.body as Buffer);
    expect(sheetText).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(sheetText).toContain(dossierCode);
    expect(sheetText).toContain('09 giờ 10 phút');

    const pdf = await register({ from: '2026-03-01', to: '2026-03-31' });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdfText(pdf.body as Buffer)).toContain('SỔ THEO DÕI HỒ SƠ');

    const csv = await register({ from: '2026-03-12', to: '2026-03-12', format: 'csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (csv.body as Buffer).toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(
      `,${dossierCode},"Chứng thực chữ ký trong các giấy tờ, văn bản",1,Lê Văn Cường,`,
    );
    // Received and decided at the desk on 12/03: no handover to another officer, no return yet.
    expect(lines[1]).toContain(',12/03/2026,12/03/2026,,12/03/2026,,,');
    expect(lines[1]).toMatch(/^1,/);
  });

  it('should refuse a period that ends before it starts or runs over a year, and another commune', async () => {
    const backwards = await register({ from: '2026-03-31', to: '2026-03-01' });
    const tooLong = await register({ from: '2025-01-01', to: '2026-03-01' });
    const badFormat = await register({ from: '2026-03-01', to: '2026-03-31', format: 'xlsx' });
    const other = await register({ from: '2026-03-01', to: '2026-03-31' }, neighbour);
    const unknownSheet = await http()
      .get(`/v1/dossiers/${randomUUID()}/control-sheet.pdf`)
      .set('Authorization', officer);

    expect(backwards.status).toBe(400);
    expect(JSON.parse((backwards.body as Buffer).toString('utf8'))).toMatchObject({
      code: 'DOSSIER_REGISTER.INVALID_PERIOD',
    });
    expect(tooLong.status).toBe(400);
    expect(badFormat.status).toBe(400);
    expect(other.status).toBe(404);
    expect(unknownSheet.status).toBe(404);
  });

  it('should number certifications in the commune’s book of their kind, one per original', async () => {
    clock.set(vn('2026-04-01T08:00:00'));
    const receive = (body: { procedureKey: string } & Record<string, unknown>) =>
      http()
        .post('/v1/dossiers')
        .set('Authorization', officer)
        .send(deskDossierForm({ fullName: 'Phạm Thu Hà' }, body));
    const process = (id: string) =>
      http()
        .post(`/v1/dossiers/${id}/status-changes`)
        .set('Authorization', officer)
        .send({ to: 'processed' });
    const copies = await receive({
      procedureKey: 'copy-certification',
      copyRequests: [
        { pages: 2, copies: 3 },
        { pages: 1, copies: 2 },
      ],
    });
    expect(copies.status).toBe(201);
    expect(copies.body.certification).toBeUndefined();
    const signature = await receive({ procedureKey: 'signature-certification' });
    const copiesDone = await process(copies.body.dossierId);
    const signatureDone = await process(signature.body.dossierId);

    expect(copiesDone.body.certification).toMatchObject({
      book: '01/2026-SCT/BS',
      numbers: [1, 2],
      text: 'Số chứng thực: 1–2; Quyển số: 01/2026-SCT/BS',
    });
    // The signature book is its own: this is its second entry of the year (the first test's).
    expect(signatureDone.body.certification).toMatchObject({
      book: '01/2026-SCT/CK,ĐC',
      numbers: [2],
    });
    const slip = await http()
      .get(`/v1/dossiers/${copies.body.dossierId}/receipt.pdf`)
      .set('Authorization', officer)
      .buffer(true)
      .parse(binary);
    expect(pdfText(slip.body as Buffer)).toContain('Số chứng thực: 1–2; Quyển số: 01/2026-SCT/BS');
    const read = await http()
      .get(`/v1/dossiers/${copies.body.dossierId}`)
      .set('Authorization', officer);
    expect(read.body.certification.numbers).toEqual([1, 2]);
  });

  it('should take the applicant’s sex and date of birth, and refuse invalid ones storing nothing', async () => {
    clock.set(vn('2026-04-02T08:00:00'));
    const receive = (applicant: object) =>
      http()
        .post('/v1/dossiers')
        .set('Authorization', officer)
        .send(deskDossierForm({ fullName: 'Vũ Thị Mai', ...applicant }));
    const good = await receive({ sex: 'female', dateOfBirth: '1995-08-20' });
    const badSex = await receive({ sex: 'nữ', dateOfBirth: '1995-08-20' });
    const future = await receive({ sex: 'female', dateOfBirth: '2026-04-03' });

    expect(good.status).toBe(201);
    expect(good.body.applicant).toMatchObject({ sex: 'female', dateOfBirth: '1995-08-20' });
    expect(badSex.status).toBe(400);
    expect(JSON.stringify(badSex.body)).toContain('applicant.sex');
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('DOSSIER.INVALID');
    const listed = await http()
      .get('/v1/dossiers')
      .query({ communeCode: '14797', from: '2026-04-02', to: '2026-04-02' })
      .set('Authorization', officer);
    expect(listed.body).toHaveLength(1);
  });
});
