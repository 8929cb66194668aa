import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Logger } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import request from 'supertest';

import { TestRun } from '@libs/testing';

import { FeedbackCaseRecord } from '../../services/feedback/src/cases/infrastructure/feedback-case.schema';
import { DossierRecord } from '../../services/intake/src/dossiers/infrastructure/dossier.schema';
import { START_SERVICE } from '../support/services';

type Server = Parameters<typeof request>[0];

/** JSON that opens `levels` nested objects inside a field: ~6 bytes a level. */
const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const feedbackLetter = JSON.stringify({ communeCode: '14797', content: 'Đèn ngõ 5 bị hỏng.' });

/**
 * The malformed requests of the 2026-12 security review (finding M3), each of which answered
 * 500 with a stack trace in the log: nested JSON, another charset, a body not compressed as
 * declared, impossible dates in queries. Each must now get a 4xx in the error shape with a
 * message per field, log no error, and store nothing.
 */
describe('hostile input: a 4xx in the error shape, no stack trace, nothing stored', () => {
  const run = new TestRun();
  const { authority } = run;
  let intake: Server;
  let feedback: Server;
  let correspondence: Server;
  let dossiers: Model<DossierRecord>;
  let cases: Model<FeedbackCaseRecord>;
  let officer = '';
  let leader = '';
  let loggedErrors: jest.SpyInstance;

  beforeAll(async () => {
    const intakeApp = await START_SERVICE.intake(run);
    const feedbackApp = await START_SERVICE.feedback(run);
    const correspondenceApp = await START_SERVICE.correspondence(run);
    intake = intakeApp.getHttpServer() as Server;
    feedback = feedbackApp.getHttpServer() as Server;
    correspondence = correspondenceApp.getHttpServer() as Server;
    dossiers = intakeApp.get(getModelToken(DossierRecord.name));
    cases = feedbackApp.get(getModelToken(FeedbackCaseRecord.name));
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });
  });

  beforeEach(() => {
    loggedErrors = jest.spyOn(Logger.prototype, 'error');
  });

  afterEach(() => {
    // An error line is what a 500 writes, with its stack; a refusal writes none.
    expect(loggedErrors).not.toHaveBeenCalled();
    loggedErrors.mockRestore();
  });

  afterAll(() => run.cleanUp());

  const postFeedback = (body: string | Buffer, headers: Record<string, string> = {}) =>
    request(feedback)
      .post('/v1/public/feedback')
      .set({ 'Content-Type': 'application/json', ...headers })
      // the bytes as given: superagent would write a Buffer out as JSON
      .serialize((bytes: string | Buffer) => bytes as string)
      .send(body);
  const postDossier = (body: string, headers: Record<string, string> = {}) =>
    request(intake)
      .post('/v1/dossiers')
      .set({ Authorization: officer, 'Content-Type': 'application/json', ...headers })
      .send(body);

  async function stored(): Promise<number[]> {
    return [await dossiers.countDocuments().exec(), await cases.countDocuments().exec()];
  }

  it('should refuse JSON nested thousands of levels deep with 400 REQUEST.TOO_DEEP', async () => {
    const before = await stored();

    const answers = [
      // as an unknown field of a public route (15,000 levels in 90 KB)
      await postFeedback(`{"communeCode":"14797","content":"x","x":${nested(15000)}}`),
      // inside a DTO field of an authenticated route
      await postDossier(
        `{"communeCode":"14797","procedureKey":"copy-certification","channel":"counter","applicant":{"fullName":${nested(3000)}}}`,
      ),
      // one level past the limit
      await postFeedback(`{"communeCode":"14797","content":"x","x":${nested(32)}}`),
    ];

    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        statusCode: 400,
        code: 'REQUEST.TOO_DEEP',
        message: 'Nội dung gửi lên lồng nhau quá nhiều cấp.',
        errors: [
          { field: 'body', messages: ['Dữ liệu JSON được lồng tối đa 32 cấp đối tượng, mảng.'] },
        ],
      });
      expect(answer.body.correlationId).toEqual(expect.any(String));
    }
    expect(await stored()).toEqual(before);
  });

  it('should let nesting within the limit reach validation, which names the unknown field', async () => {
    const answer = await postFeedback(`{"communeCode":"14797","content":"x","x":${nested(31)}}`);

    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('REQUEST.INVALID');
    expect(answer.body.errors).toEqual([{ field: 'x', messages: ['property x should not exist'] }]);
  });

  it('should refuse a charset other than UTF-8 with 415 REQUEST.UNSUPPORTED_CHARSET', async () => {
    const before = await stored();

    for (const charset of ['latin1', 'iso-8859-1', 'koi8-r', 'utf-16le', 'windows-1258']) {
      const answer = await postFeedback(feedbackLetter, {
        'Content-Type': `application/json; charset=${charset}`,
      });

      expect({ charset, status: answer.status, body: answer.body }).toMatchObject({
        charset,
        status: 415,
        body: {
          statusCode: 415,
          code: 'REQUEST.UNSUPPORTED_CHARSET',
          message: 'Nội dung gửi lên phải dùng bảng mã UTF-8.',
          errors: [{ field: 'Content-Type', messages: ['Chỉ chấp nhận charset=utf-8.'] }],
        },
      });
    }
    expect(await stored()).toEqual(before);
  });

  it('should refuse a body that is not compressed as its Content-Encoding says with 400', async () => {
    const before = await stored();

    for (const encoding of ['gzip', 'deflate', 'br']) {
      const answer = await postFeedback(feedbackLetter, { 'Content-Encoding': encoding });

      expect({ encoding, status: answer.status, body: answer.body }).toMatchObject({
        encoding,
        status: 400,
        body: {
          code: 'REQUEST.ENCODING_INVALID',
          message: 'Nội dung gửi lên không được nén đúng như khai báo.',
          errors: [
            {
              field: 'Content-Encoding',
              messages: ['Nội dung không giải nén được theo Content-Encoding đã khai báo.'],
            },
          ],
        },
      });
    }
    expect(await stored()).toEqual(before);
  });

  it('should refuse an unsupported Content-Encoding with 415 REQUEST.UNSUPPORTED_ENCODING', async () => {
    const before = await stored();

    for (const encoding of ['compress', 'x-rot13']) {
      const answer = await postDossier(feedbackLetter, { 'Content-Encoding': encoding });

      expect({ encoding, status: answer.status, body: answer.body }).toMatchObject({
        encoding,
        status: 415,
        body: {
          code: 'REQUEST.UNSUPPORTED_ENCODING',
          errors: [
            { field: 'Content-Encoding', messages: ['Chỉ chấp nhận identity, gzip, deflate, br.'] },
          ],
        },
      });
    }
    expect(await stored()).toEqual(before);
  });

  it('should still accept a body that really is compressed', async () => {
    const [, casesBefore] = await stored();

    const letter = (content: string) =>
      Buffer.from(JSON.stringify({ communeCode: '14797', content }));

    const gzipped = await postFeedback(gzipSync(letter('Đèn ngõ 7 bị hỏng.')), {
      'Content-Encoding': 'gzip',
    });
    const brotli = await postFeedback(brotliCompressSync(letter('Cống ngõ 9 bị tắc.')), {
      'Content-Encoding': 'br',
    });

    expect([gzipped.status, brotli.status]).toEqual([201, 201]);
    expect((await stored())[1]).toBe((casesBefore ?? 0) + 2);
  });

  describe('impossible dates in query parameters', () => {
    const IMPOSSIBLE = ['0000-00-00', '2026-13-01', '2026-02-30', '9999-99-99'];
    const LABELS: Record<string, string> = { from: 'Từ ngày', to: 'Đến ngày', day: 'Ngày' };
    const DAY_MESSAGE = (field: string) =>
      `${LABELS[field] ?? field} phải là một ngày có thật, dạng YYYY-MM-DD.`;
    const routes: {
      name: string;
      server: () => Server;
      path: (value: string) => string;
      field: string;
      message: string;
      authorization: () => string;
    }[] = [
      ...['from', 'to'].map((field) => ({
        name: `intake GET /v1/dossiers ?${field}`,
        server: () => intake,
        path: (value: string) => `/v1/dossiers?${field}=${value}`,
        field,
        message: DAY_MESSAGE(field),
        authorization: () => officer,
      })),
      {
        name: 'intake GET /v1/queue-tickets ?day',
        server: () => intake,
        path: (value) => `/v1/queue-tickets?communeCode=14797&day=${value}`,
        field: 'day',
        message: DAY_MESSAGE('day'),
        authorization: () => officer,
      },
      ...['from', 'to'].map((field) => ({
        name: `intake GET /v1/queue-figures ?${field}`,
        server: () => intake,
        path: (value: string) =>
          `/v1/queue-figures?${new URLSearchParams({ communeCode: '14797', from: '2026-02-01', to: '2026-02-28', [field]: value }).toString()}`,
        field,
        message: DAY_MESSAGE(field),
        authorization: () => officer,
      })),
      ...['from', 'to'].map((field) => ({
        name: `feedback GET /v1/receptions ?${field}`,
        server: () => feedback,
        path: (value: string) => `/v1/receptions?${field}=${value}`,
        field,
        message: DAY_MESSAGE(field),
        authorization: () => officer,
      })),
      ...['from', 'to'].map((field) => ({
        name: `correspondence GET /v1/letters ?${field}`,
        server: () => correspondence,
        path: (value: string) => `/v1/letters?${field}=${value}`,
        field,
        message: DAY_MESSAGE(field),
        authorization: () => officer,
      })),
      ...(['intake', 'feedback', 'correspondence'] as const).flatMap((service) =>
        ['from', 'to'].map((field) => ({
          name: `${service} GET /v1/audit-trail ?${field}`,
          server: () => ({ intake, feedback, correspondence })[service],
          path: (value: string) => `/v1/audit-trail?communeCode=14797&${field}=${value}`,
          field,
          message: `${field} phải là một thời điểm có thật (ISO 8601)`,
          authorization: () => leader,
        })),
      ),
    ];

    it('should answer 400 REQUEST.INVALID naming the field on every route that takes a date', async () => {
      const before = await stored();
      const failures: string[] = [];

      for (const route of routes) {
        for (const value of IMPOSSIBLE) {
          const answer = await request(route.server())
            .get(route.path(value))
            .set('Authorization', route.authorization());
          const expected = {
            statusCode: 400,
            code: 'REQUEST.INVALID',
            errors: [{ field: route.field, messages: [route.message] }],
          };
          try {
            expect(answer.status).toBe(400);
            expect(answer.body).toMatchObject(expected);
          } catch {
            failures.push(
              `${route.name}=${value}: ${answer.status} ${JSON.stringify(answer.body)}`,
            );
          }
        }
      }

      expect(failures).toEqual([]);
      expect(await stored()).toEqual(before);
    });

    it('should still answer real dates', async () => {
      const dossierList = await request(intake)
        .get('/v1/dossiers?from=2024-02-29&to=2026-12-31')
        .set('Authorization', officer);
      const trail = await request(intake)
        .get('/v1/audit-trail?communeCode=14797&from=2026-01-01&to=2026-12-31T23:59:59%2B07:00')
        .set('Authorization', leader);

      expect(dossierList.status).toBe(200);
      expect(trail.status).toBe(200);
    });
  });
});
