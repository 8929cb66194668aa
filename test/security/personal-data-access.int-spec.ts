import { randomUUID } from 'node:crypto';
import request from 'supertest';

import { PersonalDataAccessEntry } from '@libs/audit';
import { eventually, TestRun } from '@libs/testing';

import { START_SERVICE } from '../support/services';

type Server = Parameters<typeof request>[0];
const SERVICES = ['intake', 'deadline', 'correspondence', 'survey', 'feedback'] as const;
type ServiceName = (typeof SERVICES)[number];

/** An access-log entry as the HTTP answer carries it: the instant as ISO text. */
type AccessRow = Omit<PersonalDataAccessEntry, 'at'> & { at: string };

const USER_AGENT = 'Trinh-duyet-kiem-thu/1.0';
const DAY_MS = 86_400_000;

/**
 * Review finding M4: every read of a record holding personal data (PDFs included) leaves an
 * entry with who, when, what and from where, which the commune's leaders and the province
 * can query in each service, and nobody else.
 */
describe('personal-data access log', () => {
  const run = new TestRun();
  const { authority } = run;
  const servers = new Map<ServiceName, Server>();
  let officer = '';
  let leader = '';
  let otherLeader = '';
  let province = '';
  let otherProvince = '';

  const server = (service: ServiceName): Server => {
    const found = servers.get(service);
    if (!found) {
      throw new Error(`${service} is not running`);
    }
    return found;
  };
  const read = (service: ServiceName, path: string, authorization = officer) =>
    request(server(service))
      .get(path)
      .set({ Authorization: authorization, 'User-Agent': USER_AGENT });
  const accessLog = async (
    service: ServiceName,
    query: string,
    authorization = leader,
  ): Promise<{ status: number; rows: AccessRow[] }> => {
    const answer = await request(server(service))
      .get(`/v1/personal-data-access?${query}`)
      .set('Authorization', authorization);
    return {
      status: answer.status,
      rows: answer.status === 200 ? (answer.body as AccessRow[]) : [],
    };
  };
  const entriesFor = async (service: ServiceName, recordId: string) =>
    (await accessLog(service, `recordId=${recordId}`)).rows;

  /** A birth of `daysOld` days ago registered at the desk by the officer; its registration id. */
  const registerBirth = async (
    daysOld: number,
    form: { child: { fullName: string; sex: string } } & Record<string, unknown>,
  ): Promise<string> => {
    const registered = await request(server('intake'))
      .post('/v1/birth-registrations')
      .set('Authorization', officer)
      .send({
        communeCode: '14797',
        ...form,
        child: {
          ...form.child,
          dateOfBirth: new Date(Date.now() - daysOld * DAY_MS).toISOString().slice(0, 10),
        },
      });
    expect(registered.status).toBe(201);
    return (registered.body as { registrationId: string }).registrationId;
  };

  beforeAll(async () => {
    officer = await authority.bearer({
      subject: 'can-bo-lan',
      roles: ['officer'],
      communes: ['14797'],
    });
    leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });
    otherLeader = await authority.bearer({ roles: ['leader'], communes: ['16522'] });
    province = await authority.bearer({ roles: ['province'], province: '38' });
    otherProvince = await authority.bearer({ roles: ['province'], province: '01' });
    for (const name of SERVICES) {
      const app = await START_SERVICE[name](run);
      servers.set(name, app.getHttpServer() as Server);
    }
  });

  afterAll(() => run.cleanUp());

  function expectEntry(rows: AccessRow[], recordKind: string, route: string): void {
    expect(rows).toContainEqual(
      expect.objectContaining({
        subject: 'can-bo-lan',
        roles: ['officer'],
        recordKind,
        communeCode: '14797',
        provinceCode: '38',
        route,
        userAgent: USER_AGENT,
        clientAddress: expect.stringMatching(/127\.0\.0\.1/),
      }),
    );
  }

  describe('intake', () => {
    let dossierId = '';

    beforeAll(async () => {
      const received = await request(server('intake'))
        .post('/v1/dossiers')
        .set('Authorization', officer)
        .send({
          communeCode: '14797',
          procedureKey: 'signature-certification',
          channel: 'counter',
          applicant: {
            fullName: 'Hoàng Thị Lan',
            phone: '0987654321',
            addressLine: 'Số 8, phố Lê Lai',
          },
        });
      expect(received.status).toBe(201);
      dossierId = (received.body as { dossierId: string }).dossierId;
    });

    it('should log a read of a dossier, of the dossier list and of its receipt PDF', async () => {
      const before = Date.now();
      expect((await read('intake', `/v1/dossiers/${dossierId}`)).status).toBe(200);
      expect((await read('intake', '/v1/dossiers?communeCode=14797')).status).toBe(200);
      expect((await read('intake', `/v1/dossiers/${dossierId}/receipt.pdf`)).status).toBe(200);

      const rows = await entriesFor('intake', dossierId);
      expectEntry(rows, 'dossier', 'GET /v1/dossiers/:dossierId');
      expectEntry(rows, 'dossier', 'GET /v1/dossiers');
      expectEntry(rows, 'dossier', 'GET /v1/dossiers/:dossierId/receipt.pdf');
      expect(rows.every((row) => Date.parse(row.at) >= before - 1000)).toBe(true);
    });

    it('should log a read of a birth registration', async () => {
      const registrationId = await registerBirth(10, {
        child: { fullName: 'Lê Thảo Vy', sex: 'female' },
        father: { fullName: 'Lê Đức Thịnh' },
        mother: { fullName: 'Phạm Thị Hằng' },
        address: { line: 'Số 5, đường Lê Hoàn' },
      });

      expect((await read('intake', `/v1/birth-registrations/${registrationId}`)).status).toBe(200);

      expectEntry(
        await entriesFor('intake', registrationId),
        'birth-registration',
        'GET /v1/birth-registrations/:registrationId',
      );
    });

    it('should log nothing for a read that finds no record', async () => {
      const missing = randomUUID();
      expect((await read('intake', `/v1/dossiers/${missing}`)).status).toBe(404);
      expect(await entriesFor('intake', missing)).toEqual([]);
    });
  });

  describe('correspondence', () => {
    it('should log a read of a letter and of its PDF', async () => {
      const registrationId = await registerBirth(5, {
        child: { fullName: 'Trần Minh Khôi', sex: 'male' },
        father: { fullName: 'Trần Văn An' },
        address: { line: 'Số 12, phố Trần Phú' },
      });
      const subjectKey = `birth:${registrationId}`;
      const letterId = await eventually(
        async () => {
          const found = await read('correspondence', `/v1/letters?subjectKey=${subjectKey}`);
          return (found.body as { letterId: string }[])[0]?.letterId;
        },
        { description: 'the congratulation letter' },
      );

      expect((await read('correspondence', `/v1/letters/${letterId}`)).status).toBe(200);
      const pdf = await read('correspondence', `/v1/letters/${letterId}/pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toMatch(/application\/pdf/);

      const rows = await entriesFor('correspondence', letterId);
      expectEntry(rows, 'letter', 'GET /v1/letters');
      expectEntry(rows, 'letter', 'GET /v1/letters/:letterId');
      expectEntry(rows, 'letter', 'GET /v1/letters/:letterId/pdf');
    });
  });

  describe('feedback', () => {
    it('should log a read of a case with the citizen’s contact', async () => {
      const submitted = await request(server('feedback'))
        .post('/v1/public/feedback')
        .send({
          communeCode: '14797',
          kind: 'suggestion',
          content: 'Đề nghị bố trí thêm ghế chờ tại Bộ phận một cửa.',
          contact: { fullName: 'Nguyễn Thị Lan', phone: '0912345678' },
        });
      expect(submitted.status).toBe(201);
      const found = await read(
        'feedback',
        `/v1/feedback-cases?code=${(submitted.body as { caseCode: string }).caseCode}`,
      );
      const caseId = (found.body as { caseId: string }[])[0]?.caseId ?? '';

      expect((await read('feedback', `/v1/feedback-cases/${caseId}`)).status).toBe(200);

      const rows = await entriesFor('feedback', caseId);
      expectEntry(rows, 'feedback-case', 'GET /v1/feedback-cases');
      expectEntry(rows, 'feedback-case', 'GET /v1/feedback-cases/:caseId');
    });
  });

  describe.each<ServiceName>(['intake', 'deadline', 'correspondence', 'survey', 'feedback'])(
    'who may read the log of %s',
    (service) => {
      it('should refuse a commune officer', async () => {
        expect((await accessLog(service, 'communeCode=14797', officer)).status).toBe(403);
      });

      it('should answer a leader of the commune', async () => {
        expect((await accessLog(service, 'communeCode=14797', leader)).status).toBe(200);
      });

      it('should refuse a leader of another commune, and show them none of its entries', async () => {
        const asked = await accessLog(service, 'communeCode=14797', otherLeader);
        const own = await accessLog(service, '', otherLeader);

        expect(asked.status).toBe(403);
        expect(own.status).toBe(200);
        expect(own.rows.filter((row) => row.communeCode !== '16522')).toEqual([]);
      });

      it('should show the province the entries of its communes and no other province', async () => {
        const mine = await accessLog(service, '', province);
        const other = await accessLog(service, '', otherProvince);
        const refused = await accessLog(service, 'communeCode=14797', otherProvince);

        expect(mine.status).toBe(200);
        expect(mine.rows.every((row) => row.provinceCode === '38')).toBe(true);
        expect((await accessLog(service, '')).rows).toEqual(mine.rows);
        expect(other.rows).toEqual([]);
        expect(refused.status).toBe(403);
      });
    },
  );
});
