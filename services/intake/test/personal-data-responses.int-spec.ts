import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';

import { ManualClock } from '@libs/clock';
import { RawReply, requestFrom, TestRun, vn } from '@libs/testing';

import { deskDossierForm, startIntake } from './support';

/**
 * The citizen's lookup and every intake route that answers personal data, over HTTP from
 * distinct client addresses (127.0.0.0/8 is all local), as the security review ran them.
 */
describe('intake: public lookup without lock-out, personal data never cached', () => {
  const run = new TestRun();
  const { authority } = run;
  const clock = new ManualClock(vn('2026-03-12T09:00:00'));
  let app: INestApplication;
  let port: number;
  let officer: string;
  let leader: string;

  const send = (
    method: 'GET' | 'POST',
    path: string,
    options: {
      from?: string;
      authorization?: string;
      body?: object;
      headers?: Record<string, string>;
    } = {},
  ): Promise<RawReply> => {
    const payload = options.body ? JSON.stringify(options.body) : undefined;
    return requestFrom({
      port,
      method,
      path,
      from: options.from ?? '127.0.0.1',
      headers: {
        ...options.headers,
        ...(options.authorization ? { authorization: options.authorization } : {}),
        ...(payload ? { 'content-type': 'application/json' } : {}),
      },
      body: payload,
    });
  };
  const json = (reply: RawReply) => JSON.parse(reply.body.toString('utf8')) as Record<string, any>;

  async function receiveDossier(): Promise<{ id: string; code: string; secret: string }> {
    const received = await send('POST', '/v1/dossiers', {
      authorization: officer,
      body: deskDossierForm({
        fullName: 'Hoàng Thị Lan',
        phone: '0987654321',
        email: 'lan.hoang@example.vn',
        addressLine: 'Số 8, ngõ 3, phố Lê Lai',
      }),
    });
    expect(received.status).toBe(201);
    const body = json(received);
    return { id: body.dossierId, code: body.dossierCode, secret: body.lookupSecret };
  }

  beforeAll(async () => {
    officer = await authority.bearer({ roles: ['officer'], communes: ['14797'] });
    leader = await authority.bearer({ roles: ['leader'], communes: ['14797'] });
    app = await startIntake(run, { options: { clock } });
    await app.listen(0, '127.0.0.1');
    port = ((app.getHttpServer() as Server).address() as AddressInfo).port;
  });

  afterAll(() => run.cleanUp());

  it('should still answer the citizen after a stranger spent ten wrong secrets on the code (review M1)', async () => {
    const dossier = await receiveDossier();
    const lookup = (secret: string, from: string) =>
      send('GET', `/v1/public/dossiers/${dossier.code}?secret=${secret}`, { from });

    const guesses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      guesses.push((await lookup('WRONG-GUESS', '127.0.4.3')).status);
    }
    const strangerAgain = await lookup('WRONG-GUESS', '127.0.4.3');
    // No proxy is trusted here: a header naming another address changes nothing.
    const strangerDisguised = await send(
      'GET',
      `/v1/public/dossiers/${dossier.code}?secret=WRONG-GUESS`,
      { from: '127.0.4.3', headers: { 'x-forwarded-for': '203.0.113.9' } },
    );
    const citizen = await lookup(dossier.secret, '127.0.4.4');

    expect(new Set(guesses)).toEqual(new Set([404]));
    expect(strangerAgain.status).toBe(429);
    expect(strangerDisguised.status).toBe(429);
    expect(strangerAgain.headers['retry-after']).toBeDefined();
    expect(citizen.status).toBe(200);
    expect(json(citizen)).toMatchObject({
      dossierCode: dossier.code,
      applicantName: 'H*** T*** L***',
    });
  });

  it('should send Cache-Control: no-store with every intake answer that carries personal data', async () => {
    const dossier = await receiveDossier();
    const personalData: { route: string; path: string; authorization?: string }[] = [
      { route: 'GET /v1/dossiers/:id', path: `/v1/dossiers/${dossier.id}`, authorization: officer },
      { route: 'GET /v1/dossiers', path: '/v1/dossiers?communeCode=14797', authorization: officer },
      {
        route: 'GET /v1/dossiers/:id/receipt.pdf',
        path: `/v1/dossiers/${dossier.id}/receipt.pdf`,
        authorization: officer,
      },
      {
        route: 'GET /v1/public/dossiers/:code',
        path: `/v1/public/dossiers/${dossier.code}?secret=${dossier.secret}`,
        // from an address of its own, so the other test's guesses do not count
      },
      {
        route: 'GET /v1/audit-trail',
        path: '/v1/audit-trail?communeCode=14797',
        authorization: leader,
      },
    ];

    for (const { route, path, authorization } of personalData) {
      const reply = await send('GET', path, {
        from: '127.0.4.9',
        ...(authorization ? { authorization } : {}),
      });
      expect({ route, status: reply.status, cacheControl: reply.headers['cache-control'] }).toEqual(
        {
          route,
          status: 200,
          cacheControl: 'no-store',
        },
      );
    }
  });
});
