import { deadLetterTopicFor } from '@libs/messaging';
import { TOPICS } from '@libs/contracts';
import {
  eventually,
  KafkaProbe,
  produceRaw,
  REPOSITORY_ROOT,
  TestAuthority,
  testInfrastructure,
} from '@libs/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

const SERVICES = ['intake', 'deadline', 'correspondence', 'survey', 'feedback'] as const;
type Service = (typeof SERVICES)[number];
const FIRST_PORT = 3101;

interface RunningService {
  name: Service;
  baseUrl: string;
  process: ChildProcess;
  output: string[];
}

async function http(url: string, init?: RequestInit): Promise<{ status: number; body: any }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/**
 * The five services as separate processes, driven only over HTTP, talking only through
 * the real broker: the flow a commune office relies on, birth registered → letter drafted.
 */
describe('birth registered at the desk → congratulation letter (five processes, real broker)', () => {
  const { kafkaBrokers, mongoUrl } = testInfrastructure();
  const brokers = kafkaBrokers.split(',');
  const run = randomUUID().slice(0, 8);
  const prefix = `e2e-${run}.`;
  const civilStatusTopic = `${prefix}${TOPICS.civilStatus}`;
  const probe = new KafkaProbe(brokers);
  const authority = new TestAuthority();
  let officer = '';
  const running = new Map<Service, RunningService>();
  const url = (service: Service, path: string): string => `${running.get(service)?.baseUrl}${path}`;

  beforeAll(async () => {
    const entry = join(REPOSITORY_ROOT, 'dist', 'services', 'intake', 'src', 'main.js');
    if (!existsSync(entry)) {
      throw new Error('dist/ is missing: run `npm run build` first (the test command does)');
    }
    SERVICES.forEach((name, index) => {
      const port = FIRST_PORT + index;
      const child = spawn(
        process.execPath,
        ['-r', './deploy/runtime/register-paths.js', `dist/services/${name}/src/main.js`],
        {
          cwd: REPOSITORY_ROOT,
          env: {
            PATH: process.env.PATH,
            NODE_ENV: 'test',
            PORT: String(port),
            MONGO_URL: mongoUrl,
            MONGO_DB: `e2e_${run}_${name}`,
            KAFKA_BROKERS: kafkaBrokers,
            KAFKA_TOPIC_PREFIX: prefix,
            KAFKA_GROUP_ID: `e2e-${run}-${name}`,
            LOG_LEVEL: 'warn',
            ...authority.environment,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const output: string[] = [];
      child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      running.set(name, { name, baseUrl: `http://127.0.0.1:${port}`, process: child, output });
    });
    for (const service of running.values()) {
      await eventually(
        async () => {
          if (service.process.exitCode !== null) {
            throw new Error(`${service.name} exited: ${service.output.join('').slice(-2000)}`);
          }
          const ready = await http(`${service.baseUrl}/health/ready`);
          return ready.status === 200 ? true : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 250, description: `${service.name} ready` },
      );
    }
    await probe.start([civilStatusTopic]);
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
  });

  afterAll(async () => {
    await probe.stop();
    await Promise.all(
      [...running.values()].map(
        (service) =>
          new Promise<void>((resolve) => {
            if (service.process.exitCode !== null) {
              resolve();
              return;
            }
            const killer = setTimeout(() => service.process.kill('SIGKILL'), 10_000);
            service.process.once('exit', () => {
              clearTimeout(killer);
              resolve();
            });
            service.process.kill('SIGTERM');
          }),
      ),
    );
  });

  it('should serve health and API documentation from every service', async () => {
    for (const name of SERVICES) {
      const live = await http(url(name, '/health/live'));
      const docs = await http(url(name, '/docs-json'));
      expect(live).toEqual({ status: 200, body: { status: 'ok' } });
      expect(docs.status).toBe(200);
      expect(docs.body.openapi).toMatch(/^3\./);
      expect(Object.keys(docs.body.paths)).toContain('/health/ready');
    }
  });

  it('should draft exactly one congratulation letter to the parents of a registered birth', async () => {
    const registered = await http(url('intake', '/v1/birth-registrations'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: officer },
      body: JSON.stringify({
        communeCode: '14797',
        child: { fullName: 'Lê Thảo Vy', dateOfBirth: '2026-11-21', sex: 'female' },
        father: { fullName: 'Lê Đức Thịnh' },
        mother: { fullName: 'Phạm Thị Hằng' },
        address: { line: 'Số 5, đường Lê Hoàn' },
      }),
    });
    expect(registered.status).toBe(201);
    const registrationId: string = registered.body.registrationId;

    // The event really went through the broker...
    const carried = await eventually(() => probe.find((record) => record.key === registrationId), {
      description: 'birth.registered.v1 on the broker',
    });
    expect(carried.headers.ce_type).toBe('birth.registered.v1');

    // ...and the other process, with its own database, drafted the letter from it.
    const letters = await eventually(
      async () => {
        const found = await http(
          url('correspondence', `/v1/letters?subjectKey=birth:${registrationId}`),
          { headers: { authorization: officer } },
        );
        return found.body.length > 0 ? (found.body as any[]) : undefined;
      },
      { description: 'congratulation letter' },
    );
    expect(letters).toHaveLength(1);
    const letter = letters[0];
    expect(letter).toMatchObject({
      communeCode: '14797',
      kind: 'birth-congratulation',
      recipientName: 'Ông Lê Đức Thịnh và Bà Phạm Thị Hằng',
      status: 'draft',
    });
    expect(letter.text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH');
    expect(letter.text).toContain('Kính gửi: Ông Lê Đức Thịnh và Bà Phạm Thị Hằng');
    expect(letter.text).toContain('cháu gái Lê Thảo Vy, sinh ngày 21 tháng 11 năm 2026');
    const byId = await http(url('correspondence', `/v1/letters/${letter.letterId}`), {
      headers: { authorization: officer },
    });
    expect(byId.body).toEqual(letter);

    // Redelivery of the same event, and a republished copy with a new event id, change nothing.
    await produceRaw(brokers, civilStatusTopic, [
      { key: carried.key ?? undefined, value: carried.value, headers: carried.headers },
      {
        key: carried.key ?? undefined,
        value: carried.value,
        headers: { ...carried.headers, ce_id: randomUUID() },
      },
    ]);
    await eventually(
      async () => {
        const admin = probe.kafka.admin();
        await admin.connect();
        try {
          const ends = await admin.fetchTopicOffsets(civilStatusTopic);
          const [committed] = await admin.fetchOffsets({
            groupId: `e2e-${run}-correspondence`,
            topics: [civilStatusTopic],
          });
          const done = ends.every((end) => {
            const partition = committed?.partitions.find((p) => p.partition === end.partition);
            return (
              BigInt(end.high) === 0n ||
              (partition !== undefined && BigInt(partition.offset) >= BigInt(end.high))
            );
          });
          return done ? true : undefined;
        } finally {
          await admin.disconnect();
        }
      },
      { description: 'correspondence consumed every record' },
    );
    const after = await http(
      url('correspondence', `/v1/letters?subjectKey=birth:${registrationId}`),
      { headers: { authorization: officer } },
    );
    expect(after.body).toHaveLength(1);
    expect(after.body[0].letterId).toBe(letter.letterId);
  });

  it('should refuse a bad registration with a message per field', async () => {
    const refused = await http(url('intake', '/v1/birth-registrations'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: officer },
      body: JSON.stringify({
        communeCode: 'abc',
        child: { fullName: '', dateOfBirth: 'hôm qua', sex: 'x' },
      }),
    });
    expect(refused.status).toBe(400);
    const fields = (refused.body.errors as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'communeCode',
        'child.fullName',
        'child.dateOfBirth',
        'child.sex',
        'address',
      ]),
    );
  });

  it('should send a poison record to the correspondence dead-letter topic and stay healthy', async () => {
    const deadLetterTopic = `${prefix}${deadLetterTopicFor(`e2e-${run}-correspondence`)}`;
    const deadLetters = new KafkaProbe(brokers);
    await deadLetters.start([deadLetterTopic]);
    try {
      await produceRaw(brokers, civilStatusTopic, [
        {
          key: 'poison',
          value: '{"registrationId": 42}',
          headers: {
            ce_specversion: '1.0',
            ce_id: randomUUID(),
            ce_type: 'birth.registered.v1',
            ce_source: '/agencies/unknown',
            ce_time: new Date().toISOString(),
          },
        },
      ]);
      const dead = await eventually(() => deadLetters.find((record) => record.key === 'poison'), {
        description: 'poison record dead-lettered',
      });
      expect(dead.headers.dlq_reason).toBe('contract-violation');
      expect(dead.value).toBe('{"registrationId": 42}');
      expect((await http(url('correspondence', '/health/ready'))).status).toBe(200);
    } finally {
      await deadLetters.stop();
    }
  });
});
