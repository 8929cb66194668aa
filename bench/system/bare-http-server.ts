import 'reflect-metadata';

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import mongoose from 'mongoose';

import { DossierSchema } from '../../services/intake/src/dossiers/infrastructure/dossier.schema';

/**
 * The baseline of the HTTP ratio: a bare node:http server that parses the same JSON body as
 * intake's POST /v1/dossiers and inserts a document of the same shape (intake's own mongoose
 * schema and indexes, one outbox entry, one audit entry) through mongoose, in the same store.
 * No framework, authentication, validation, numbering, secret hashing or relay.
 *   PORT, MONGO_URL, MONGO_DB from the environment.
 */
const port = Number(process.env.PORT ?? 4611);
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const database = process.env.MONGO_DB ?? 'bench_bare';
const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  const connection = await mongoose
    .createConnection(mongoUrl, { dbName: database, retryWrites: false, maxPoolSize: 10 })
    .asPromise();
  const dossiers = connection.model('DossierRecord', DossierSchema);
  await dossiers.init();
  let sequence = 0;

  const insert = async (text: string): Promise<string> => {
    const body = JSON.parse(text) as Record<string, unknown>;
    const now = new Date();
    const id = randomUUID();
    sequence += 1;
    await dossiers.create({
      _id: id,
      code: `H38.147.97-${process.pid}-${sequence}`,
      communeCode: String(body.communeCode),
      provinceCode: '38',
      procedure: {
        key: String(body.procedureKey),
        name: 'Đăng ký khai sinh',
        nationalCode: '1.001193',
        processingWorkingDays: 3,
        cutoff: '15:00',
        civilStatusOutcome: 'birth',
      },
      channel: String(body.channel),
      applicant: body.applicant,
      civilStatus: (body.birth as Record<string, unknown> | undefined) ?? null,
      status: 'received',
      receivedAt: now,
      receivedBy: { subject: 'bench-bare' },
      dueAt: new Date(now.getTime() + 3 * DAY_MS),
      originalDueAt: new Date(now.getTime() + 3 * DAY_MS),
      fee: { amountVnd: 0, status: 'not-required' },
      notes: [],
      lastChangedAt: now,
      secret: {
        salt: randomBytes(16).toString('base64'),
        hash: randomBytes(32).toString('base64'),
      },
      requestKey: id,
      requestFingerprint: createHash('sha256').update(text).digest('hex'),
      outbox: [
        {
          topic: 'intake.dossier.v1',
          specversion: '1.0',
          id: randomUUID(),
          type: 'dossier.received.v1',
          source: '/services/bare',
          subject: id,
          time: now.toISOString(),
          datacontenttype: 'application/json',
          correlationid: id,
          communecode: String(body.communeCode),
          data: body,
        },
      ],
      outboxPending: false,
      audit: [
        {
          at: now,
          actor: 'bench-bare',
          roles: ['officer'],
          action: 'dossier.received',
          changes: [],
        },
      ],
    });
    return id;
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      insert(Buffer.concat(chunks).toString('utf8')).then(
        (id) => {
          response
            .writeHead(201, { 'content-type': 'application/json' })
            .end(JSON.stringify({ dossierId: id }));
        },
        (error: unknown) => {
          response
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: String(error) }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, '127.0.0.1');
  const stop = (): void => {
    server.close();
    void connection.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
