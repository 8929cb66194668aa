import request from 'supertest';

import { KafkaEnvironment, kafkaSecurityFrom, validateEnvironment } from '@libs/config';
import { eventually, TestRun } from '@libs/testing';

import { resetProjection } from '../src/projections/infrastructure/projection-reset';
import {
  birthRecord,
  deathRecord,
  dossierRecords,
  HAC_THANH,
  KafkaRecord,
  letterRecord,
  marriageRecord,
  petitionRecords,
  publish,
  QUANG_PHU,
  ReportingTestApp,
  startReportingApp,
  surveyRecord,
} from './reporting-fixtures';

/**
 * Hạc Thành's first quarter of 2022 as its services would have published it, with one late
 * dossier (so it does not meet the model), and Quảng Phú's perfect month.
 */
function hacThanhQuarter(): KafkaRecord[] {
  return [
    // 18:30 UTC on 31 December is 1 January in Vietnam: received in the period
    ...dossierRecords({
      communeCode: HAC_THANH,
      receivedAt: '2021-12-31T18:30:00.000Z',
      dueAt: '2022-01-04T10:00:00.000Z',
      returnedAt: '2022-01-04T02:00:00.000Z',
      fee: 'cashless',
    }),
    ...dossierRecords({
      communeCode: HAC_THANH,
      receivedAt: '2022-01-10T02:00:00.000Z',
      dueAt: '2022-01-11T10:00:00.000Z',
      returnedAt: '2022-01-11T03:00:00.000Z',
      channel: 'online',
      fee: 'cash',
    }),
    ...dossierRecords({
      communeCode: HAC_THANH,
      receivedAt: '2022-02-14T02:00:00.000Z',
      dueAt: '2022-02-15T10:00:00.000Z',
      returnedAt: '2022-02-16T02:00:00.000Z',
    }),
    ...dossierRecords({
      communeCode: HAC_THANH,
      receivedAt: '2022-03-30T02:00:00.000Z',
      dueAt: '2022-03-31T10:00:00.000Z',
      returnedAt: '2022-03-31T09:00:00.000Z',
      channel: 'online',
    }),
    // received in the quarter, returned after it: received, not returned
    ...dossierRecords({
      communeCode: HAC_THANH,
      receivedAt: '2022-03-31T08:00:00.000Z',
      dueAt: '2022-04-01T10:00:00.000Z',
      returnedAt: '2022-04-01T02:00:00.000Z',
    }),
    // the period before: not counted
    ...dossierRecords({
      communeCode: HAC_THANH,
      receivedAt: '2021-12-30T02:00:00.000Z',
      dueAt: '2021-12-31T10:00:00.000Z',
      returnedAt: '2021-12-31T03:00:00.000Z',
    }),
    birthRecord(HAC_THANH, '2022-01-20T02:00:00.000Z'),
    birthRecord(HAC_THANH, '2022-02-21T02:00:00.000Z'),
    marriageRecord(HAC_THANH, '2022-03-01T02:00:00.000Z'),
    deathRecord(HAC_THANH, '2022-03-02T02:00:00.000Z'),
    letterRecord(HAC_THANH, 'birth-congratulation', '2022-01-20T02:00:00.000Z'),
    letterRecord(HAC_THANH, 'birth-congratulation', '2022-02-21T02:00:00.000Z'),
    letterRecord(HAC_THANH, 'marriage-congratulation', '2022-03-01T02:00:00.000Z'),
    letterRecord(HAC_THANH, 'death-condolence', '2022-03-02T02:00:00.000Z'),
    letterRecord(HAC_THANH, 'apology', '2022-02-15T01:00:00.000Z'),
    letterRecord(HAC_THANH, 'thank-you', '2022-01-05T02:00:00.000Z'),
    surveyRecord(HAC_THANH, '2022-01-04T03:00:00.000Z', 5),
    surveyRecord(HAC_THANH, '2022-01-11T04:00:00.000Z', 4),
    surveyRecord(HAC_THANH, '2022-02-16T03:00:00.000Z', 4),
    surveyRecord(HAC_THANH, '2022-03-31T10:00:00.000Z', 2),
    ...petitionRecords({
      communeCode: HAC_THANH,
      openedAt: '2022-01-05T02:00:00.000Z',
      dueAt: '2022-01-19T10:00:00.000Z',
      answeredAt: '2022-01-18T02:00:00.000Z',
      withContact: true,
    }),
    ...petitionRecords({
      communeCode: HAC_THANH,
      openedAt: '2022-02-01T02:00:00.000Z',
      dueAt: '2022-02-15T10:00:00.000Z',
      answeredAt: '2022-02-17T02:00:00.000Z',
      escalated: true,
    }),
  ];
}

function quangPhuMonth(): KafkaRecord[] {
  return [
    ...dossierRecords({
      communeCode: QUANG_PHU,
      receivedAt: '2022-02-07T02:00:00.000Z',
      dueAt: '2022-02-08T10:00:00.000Z',
      returnedAt: '2022-02-08T02:00:00.000Z',
    }),
    surveyRecord(QUANG_PHU, '2022-02-08T03:00:00.000Z', 5),
  ];
}

describe('reporting: figures built only from events, over the real broker and store', () => {
  const run = new TestRun();
  const { authority, brokers, infrastructure } = run;
  let reporting: ReportingTestApp;
  let leader: string;
  let province: string;
  const http = () => request(reporting.app.getHttpServer());

  async function caughtUp(): Promise<void> {
    await eventually(
      async () => {
        const response = await http().get('/v1/reports/status').set('Authorization', leader);
        return response.status === 200 && response.body.lag === 0 ? true : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200, description: 'reporting to process every record' },
    );
  }

  const quarterReport = async () => {
    const response = await http()
      .get(`/v1/reports/communes/${HAC_THANH}?from=2022-01-01&to=2022-03-31`)
      .set('Authorization', leader);
    expect(response.status).toBe(200);
    return response.body as Record<string, unknown>;
  };

  beforeAll(async () => {
    reporting = await startReportingApp(run);
    leader = await authority.bearer({ roles: ['leader'], communes: [HAC_THANH] });
    province = await authority.bearer({ roles: ['province'], province: '38' });
    const records = hacThanhQuarter();
    // every record twice: a redelivery must not count again
    await publish(brokers, run.prefix, [...records, ...quangPhuMonth(), ...records]);
    await caughtUp();
  }, 120_000);

  afterAll(() => run.cleanUp());

  it('should serve the commune report the scenario runner reads, each event counted once', async () => {
    const report = await quarterReport();

    expect(report).toMatchObject({
      communeCode: HAC_THANH,
      communeName: 'Phường Hạc Thành',
      period: { from: '2022-01-01', to: '2022-03-31' },
      dossiersReceived: 5,
      dossiersReceivedOnline: 2,
      dossiersReturned: 4,
      dossiersOnTime: 3,
      dossiersLate: 1,
      onTimeRate: 0.75,
      onlineShare: 0.4,
      feePayments: 2,
      cashlessShare: 0.5,
      civilStatus: { births: 2, marriages: 1, deaths: 1 },
      letters: { congratulation: 3, condolence: 1, apology: 1, thankYou: 1 },
      surveyResponses: 4,
      surveyRatings: { '1': 0, '2': 1, '3': 0, '4': 2, '5': 1 },
      satisfactionRate: 0.75,
      feedbackReceived: 2,
      feedbackAnswered: 2,
      feedbackAnsweredOnTime: 1,
      feedbackAnsweredLate: 1,
      feedbackEscalated: 1,
      receptionsHeld: null,
      conductScorecard: null,
      model: { status: 'does-not-meet', label: 'Chưa đạt', criteriaVersion: '2025.1' },
    });
    // received 01-01 01:30 and returned 01-04 09:00 (Vietnam time): 79.5 h, so 80 whole hours; the mean of 79.5, 25, 48 and 31 h is 45.875
    expect(report.processingTime).toEqual({ averageHours: 45.88, p90Hours: 80 });
  });

  it('should give the same figures for a named quarter as for its days', async () => {
    const named = await http()
      .get(`/v1/reports/communes/${HAC_THANH}?period=2022-Q1`)
      .set('Authorization', leader);
    expect(named.body).toEqual(await quarterReport());
    const day = await http()
      .get(`/v1/reports/communes/${HAC_THANH}?period=2022-01-01`)
      .set('Authorization', leader);
    expect(day.body).toMatchObject({ dossiersReceived: 1, dossiersReturned: 0, onTimeRate: null });
  });

  it('should list all 166 Thanh Hóa communes, ranked, "no data" neither passing nor failing', async () => {
    const response = await http()
      .get('/v1/reports/provinces/38?period=2022-Q1')
      .set('Authorization', province);

    expect(response.status).toBe(200);
    expect(response.body.communes).toHaveLength(166);
    expect(response.body.summary).toEqual({
      communes: 166,
      meeting: 1,
      notMeeting: 1,
      noData: 164,
      meetingShare: 0.006024,
    });
    const [first, second, third] = response.body.communes;
    expect(first).toMatchObject({ rank: 1, communeCode: QUANG_PHU, model: { status: 'meets' } });
    expect(second).toMatchObject({ rank: 2, communeCode: HAC_THANH });
    expect(third).toMatchObject({
      rank: null,
      model: { status: 'no-data', label: 'Chưa có số liệu' },
    });
    expect(response.body.targets).toEqual([
      { year: 2025, targetShare: 0.5, communesRequired: 83, communesMeeting: 1, reached: false },
      { year: 2030, targetShare: 1, communesRequired: 166, communesMeeting: 1, reached: false },
    ]);
  });

  it('should export the province table and the commune report as UTF-8 CSV with a BOM', async () => {
    const table = await http()
      .get('/v1/reports/provinces/38/csv?period=2022-Q1')
      .set('Authorization', province)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(table.status).toBe(200);
    expect(table.headers['content-type']).toBe('text/csv; charset=utf-8');
    const bytes = table.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(167);
    expect(lines[1]).toContain(`1,${QUANG_PHU},Phường Quảng Phú`);

    const commune = await http()
      .get(`/v1/reports/communes/${HAC_THANH}/csv?period=2022-Q1`)
      .set('Authorization', leader);
    expect(commune.status).toBe(200);
    expect(commune.text).toContain('Tỷ lệ đúng hạn (%),75.0');
  });

  it('should refuse, naming the problem, what a caller may not see or cannot mean', async () => {
    const neighbour = await authority.bearer({ roles: ['leader'], communes: [QUANG_PHU] });
    const outside = await http()
      .get(`/v1/reports/communes/${HAC_THANH}?period=2022`)
      .set('Authorization', neighbour);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('TENANCY.FORBIDDEN');

    const reversed = await http()
      .get(`/v1/reports/communes/${HAC_THANH}?from=2022-12-31&to=2022-01-01`)
      .set('Authorization', leader);
    expect(reversed.status).toBe(400);
    expect(reversed.body).toMatchObject({
      code: 'REPORT.INVALID_PERIOD',
      errors: [{ field: 'to' }],
    });

    const malformed = await http()
      .get(`/v1/reports/communes/${HAC_THANH}?from=2022-02-30&to=2022-13-01`)
      .set('Authorization', leader);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'from',
      'to',
    ]);

    const unknown = await http()
      .get('/v1/reports/communes/99999?period=2022')
      .set('Authorization', leader);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      code: 'REPORT.UNKNOWN_COMMUNE',
      errors: [{ field: 'communeCode' }],
    });

    const notProvince = await http()
      .get('/v1/reports/provinces/38?period=2022')
      .set('Authorization', leader);
    expect(notProvince.status).toBe(403);
    const otherProvince = await http()
      .get('/v1/reports/provinces/01?period=2022')
      .set('Authorization', province);
    expect(otherProvince.status).toBe(403);
    expect((await http().get('/v1/reports/status')).status).toBe(401);
  });

  it('should give the same figures after a rebuild from the beginning of the topics', async () => {
    const before = await quarterReport();
    await reporting.close();

    const { removedDays } = await resetProjection({
      mongoUrl: infrastructure.mongoUrl,
      mongoDb: run.database('reporting'),
      brokers,
      kafkaSecurity: kafkaSecurityFrom(
        validateEnvironment(KafkaEnvironment, infrastructure.kafkaSecurity),
      ),
      groupId: run.groupId('reporting'),
    });
    expect(removedDays).toBeGreaterThan(0);

    reporting = await startReportingApp(run);
    await caughtUp();
    expect(await quarterReport()).toEqual(before);
  }, 120_000);
});
