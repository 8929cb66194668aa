import { randomUUID } from 'node:crypto';

import { vietnamCalendarDate } from '@libs/clock';
import { BIRTH_REGISTERED_V1, LETTER_CREATED_V1, TOPICS } from '@libs/contracts';
import {
  CapturedRecord,
  eventually,
  KafkaProbe,
  ServiceName as Service,
  ServiceProcesses,
  TestAuthority,
  testInfrastructure,
} from '@libs/testing';

import { jsonCall, Reply } from './support';

const FIRST_PORT = 3701;
const COMMUNE = '14797';
const BIRTHS = 40;
const DOSSIERS = 10;
/** Requests in flight at once, spread over both replicas of each service. */
const CONCURRENCY = 8;

/** Runs the tasks with at most `limit` in flight. */
async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: limit }, () => worker()));
  return results;
}

function duplicatesById(records: CapturedRecord[]): string[] {
  const seen = new Set<string>();
  const doubled: string[] = [];
  for (const record of records) {
    const id = record.headers.ce_id ?? '';
    if (seen.has(id)) {
      doubled.push(`${record.headers.ce_type} ${id}`);
    }
    seen.add(id);
  }
  return doubled;
}

/**
 * Two replicas of every service share each service's database and consumer group, as ops
 * run them. Requests land on both; relays and consumers race for the same work. Nothing may
 * be lost or doubled: no letter, invitation, event or counter.
 */
describe('two replicas of every service (ten processes, real broker)', () => {
  const { kafkaBrokers, mongoUrl } = testInfrastructure();
  const run = randomUUID().slice(0, 8);
  const prefix = `e2e-${run}.`;
  const probe = new KafkaProbe(kafkaBrokers.split(','));
  const authority = new TestAuthority();
  let services: ServiceProcesses;
  let officer = '';
  let request = 0;

  /** JSON over HTTP as the officer, alternating between the service's two replicas. */
  const call = (service: Service, path: string, body?: unknown): Promise<Reply> => {
    request += 1;
    return jsonCall(services.url(service, path, request % 2), { body, authorization: officer });
  };

  beforeAll(async () => {
    services = await ServiceProcesses.start({
      firstPort: FIRST_PORT,
      kafkaBrokers,
      mongoUrl,
      run,
      replicas: 2,
      environment: authority.environment,
    });
    await probe.start(Object.values(TOPICS).map((topic) => `${prefix}${topic}`));
    officer = await authority.bearer({ roles: ['officer'], communes: [COMMUNE] });
  });

  afterAll(async () => {
    await probe.stop();
    await services?.stop();
  });

  it('should draft exactly one letter per birth and count each once', async () => {
    const registrations = await inParallel(
      Array.from({ length: BIRTHS }, (_, index) => async () => {
        const registered = await call('intake', '/v1/birth-registrations', {
          communeCode: COMMUNE,
          child: {
            fullName: `Nguyễn Văn Số ${index + 1}`,
            dateOfBirth: vietnamCalendarDate(new Date(Date.now() - 7 * 86_400_000)),
            sex: 'male',
          },
          father: { fullName: 'Nguyễn Văn An' },
          mother: { fullName: 'Trần Thị Bình' },
          address: { line: 'Số 12, phố Trần Phú' },
        });
        expect(registered.status).toBe(201);
        return registered.body.registrationId as string;
      }),
      CONCURRENCY,
    );

    for (const registrationId of registrations) {
      const letters = await eventually(
        async () => {
          const found = await call(
            'correspondence',
            `/v1/letters?subjectKey=birth:${registrationId}`,
          );
          return found.status === 200 && found.body.length > 0
            ? (found.body as unknown[])
            : undefined;
        },
        { description: `letter for ${registrationId}` },
      );
      expect(letters).toHaveLength(1);
    }
    const year = vietnamCalendarDate(new Date()).slice(0, 4);
    const counted = await eventually(
      async () => {
        const counts = await call(
          'correspondence',
          `/v1/letters/counts?communeCode=${COMMUNE}&period=${year}`,
        );
        return counts.body?.counts?.['birth-congratulation'] >= BIRTHS ? counts.body : undefined;
      },
      { description: 'letters counted' },
    );
    expect(counted.counts['birth-congratulation']).toBe(BIRTHS);
  });

  it('should return every dossier with exactly one survey invitation', async () => {
    const dossierIds = await inParallel(
      Array.from({ length: DOSSIERS }, (_, index) => async () => {
        const received = await call('intake', '/v1/dossiers', {
          communeCode: COMMUNE,
          procedureKey: 'copy-certification',
          channel: 'counter',
          applicant: {
            fullName: `Hoàng Văn Minh ${index + 1}`,
            phone: '0912345678',
            addressLine: 'Số 7, phố Đào Duy Từ',
          },
        });
        expect(received.status).toBe(201);
        const id: string = received.body.dossierId;
        expect(
          (await call('intake', `/v1/dossiers/${id}/status-changes`, { to: 'processed' })).status,
        ).toBe(200);
        const paid = await call('intake', `/v1/dossiers/${id}/payments`, {
          amountVnd: 2000,
          method: 'cash',
          reference: `BL-${run}-${index}`,
        });
        expect(paid.status).toBe(200);
        const returned = await call('intake', `/v1/dossiers/${id}/status-changes`, {
          to: 'result-returned',
        });
        expect(returned.status).toBe(200);
        return id;
      }),
      CONCURRENCY,
    );

    for (const id of dossierIds) {
      const invitation = await eventually(
        async () => {
          const found = await call('survey', `/v1/invitations/by-dossier/${id}`);
          return found.status === 200 ? found.body : undefined;
        },
        { description: `invitation for ${id}` },
      );
      expect(invitation.dossierId).toBe(id);
      const deadline = await eventually(
        async () => {
          const found = await call('deadline', `/v1/deadlines/by-subject/${id}`);
          return found.status === 200 && found.body.state === 'closed' ? found.body : undefined;
        },
        { description: `deadline of ${id} closed` },
      );
      expect(deadline.status).toBe('result-returned');
    }
  });

  it('should publish every event exactly once, whichever replica relayed it', async () => {
    const admin = probe.kafka.admin();
    await admin.connect();
    try {
      await services.consumedEverything(admin, 'correspondence', [
        `${prefix}${TOPICS.civilStatus}`,
      ]);
      for (const service of ['survey', 'deadline'] as const) {
        await services.consumedEverything(admin, service, [`${prefix}${TOPICS.dossier}`]);
      }
    } finally {
      await admin.disconnect();
    }
    const ofType = (type: string): CapturedRecord[] =>
      probe.records.filter((record) => record.headers.ce_type === type);
    await eventually(() => (ofType(LETTER_CREATED_V1.type).length >= BIRTHS ? true : undefined), {
      description: 'letter events on the broker',
    });
    expect(duplicatesById(probe.records)).toEqual([]);
    expect(ofType(BIRTH_REGISTERED_V1.type)).toHaveLength(BIRTHS);
    expect(ofType(LETTER_CREATED_V1.type)).toHaveLength(BIRTHS);
  });
});
