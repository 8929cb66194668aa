import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';

import { validateEnvironment } from '@libs/config';

import { ConsoleEnvironment } from './config/console.environment';
import { createConsoleApp } from './create-console-app';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stand-in for intake that records what reaches it. */
function recordingService(seen: Seen[]): Promise<Server> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      });
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ dossierCode: 'H56.147.97-261202-0001' }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the console service: one origin for the app and the APIs', () => {
  const seen: Seen[] = [];
  const staticDir = mkdtempSync(join(tmpdir(), 'console-app-'));
  let intake: Server;
  let app: INestApplication;
  let base = '';

  beforeAll(async () => {
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    intake = await recordingService(seen);
    const environment = validateEnvironment(ConsoleEnvironment, {
      INTAKE_URL: `http://127.0.0.1:${(intake.address() as AddressInfo).port}`,
      // Nothing listens on port 9 of this machine: a service that does not answer.
      DEADLINE_URL: 'http://127.0.0.1:9',
      OIDC_ISSUER: 'http://127.0.0.1:8180/realms/chinh-quyen-than-thien',
      CONSOLE_STATIC_DIR: staticDir,
      LOG_LEVEL: 'silent',
    });
    app = await createConsoleApp(environment);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => intake.close(resolve));
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('should pass /api/intake/… to intake without the prefix, with its body, token and the caller’s address, but no cookies', async () => {
    const answer = await fetch(`${base}/api/intake/v1/dossiers?communeCode=14797`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer abc',
        cookie: 'session=secret',
        'content-type': 'application/json',
        'idempotency-key': 'k-1',
      },
      body: JSON.stringify({ applicant: { fullName: 'Nguyễn Văn An' } }),
    });

    expect(answer.status).toBe(201);
    expect(await answer.json()).toEqual({ dossierCode: 'H56.147.97-261202-0001' });
    const request = seen.at(-1);
    expect(request).toMatchObject({ method: 'POST', url: '/v1/dossiers?communeCode=14797' });
    expect(JSON.parse(request?.body ?? '')).toEqual({ applicant: { fullName: 'Nguyễn Văn An' } });
    expect(request?.headers).toMatchObject({
      authorization: 'Bearer abc',
      'idempotency-key': 'k-1',
    });
    expect(request?.headers.cookie).toBeUndefined();
    expect(request?.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('should answer 502 in the services’ error shape when a service does not answer', async () => {
    const answer = await fetch(`${base}/api/deadline/v1/deadlines`);

    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({
      statusCode: 502,
      code: 'UPSTREAM.UNAVAILABLE',
      message: 'Hệ thống đang bận hoặc tạm ngừng, đề nghị thử lại sau ít phút.',
    });
  });

  it('should serve the app for its own paths, cache its hashed files for good and the page never', async () => {
    const page = await fetch(`${base}/ban-lam-viec/tiep-nhan`);
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    const unknownApi = await fetch(`${base}/api/nothing/v1/x`);

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(unknownApi.status).toBe(404);
  });

  it('should allow the page its own scripts and the sign-in provider only', async () => {
    const policy = (await fetch(`${base}/`)).headers.get('content-security-policy') ?? '';

    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:8180");
    expect(policy).toContain("frame-ancestors 'none'");
    // Frames only of its own origin and of the PDFs it fetched (object URLs), never of others.
    expect(policy).toContain("frame-src 'self' blob:");
  });

  it('should give the app its sign-in settings and name a commune from its code', async () => {
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual({
      oidc: { issuer: 'http://127.0.0.1:8180/realms/chinh-quyen-than-thien', clientId: 'console' },
    });
    expect(await (await fetch(`${base}/reference/communes/14797`)).json()).toMatchObject({
      name: 'Phường Hạc Thành',
      provinceName: 'Tỉnh Thanh Hóa',
    });
    expect((await fetch(`${base}/reference/communes/99999`)).status).toBe(404);
  });

  it('should find communes by the words of their name, for citizens who know no code', async () => {
    const found = (await (
      await fetch(`${base}/reference/communes?q=${encodeURIComponent('hạc thành')}&province=38`)
    ).json()) as { code: string }[];
    expect(found.map((commune) => commune.code)).toEqual(['14797']);
    expect(await (await fetch(`${base}/reference/communes?q=`)).json()).toEqual([]);
    expect(await (await fetch(`${base}/reference/communes`)).json()).toEqual([]);
  });
});
