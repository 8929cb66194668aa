import { AddressInfo } from 'node:net';
import { Controller, Get, INestApplication, Module, Param, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';

import { HttpErrorFilter } from '@libs/service-kit';
import { requestFrom } from '@libs/testing';

import { Role } from '../domain/principal';
import { generateSigningKeyPair, issueToken } from '../domain/token-issuer';
import { Roles } from './auth.decorators';
import { AuthModule } from './auth.module';
import {
  CLIENT_CREDENTIAL_LIMIT_PER_MINUTE,
  CREDENTIAL_LIMIT_PER_MINUTE,
  PUBLIC_LIMIT_PER_MINUTE,
  PublicEndpoint,
} from './rate-limits';

/** Case and dashes do not matter, as for a short code typed by hand. */
const CODE = { param: 'code', canonical: (raw: string) => raw.replace(/-/g, '').toUpperCase() };

@Controller()
class CitizenController {
  @Get('lookup/:code')
  @PublicEndpoint(CODE)
  lookup(@Param('code') code: string): { code: string } {
    return { code };
  }

  @Post('lookup/:code/answers')
  @PublicEndpoint(CODE)
  answer(@Param('code') code: string): { code: string } {
    return { code };
  }

  @Get('open')
  @PublicEndpoint()
  open(): { ok: true } {
    return { ok: true };
  }

  @Get('protected')
  @Roles('officer', 'system')
  protectedRoute(): { ok: true } {
    return { ok: true };
  }
}

interface Reply {
  status: number;
  body: { code?: string };
  retryAfter?: string;
}

describe('public endpoints', () => {
  let app: INestApplication;
  let port: number;

  let clientLimit = 1000;
  const keys = generateSigningKeyPair();

  /** A request from one loopback address, as a distinct client (127.0.0.0/8 is all local). */
  const send = async (
    method: 'GET' | 'POST',
    path: string,
    from = '127.0.0.2',
    token?: string,
  ): Promise<Reply> => {
    const reply = await requestFrom({
      port,
      method,
      path,
      from,
      ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });
    const text = reply.body.toString('utf8');
    return {
      status: reply.status,
      body: text ? (JSON.parse(text) as Reply['body']) : {},
      ...(reply.headers['retry-after'] ? { retryAfter: String(reply.headers['retry-after']) } : {}),
    };
  };
  const get = (path: string, from?: string) => send('GET', path, from);
  const statuses = async (count: number, next: (index: number) => Promise<Reply>) => {
    const seen: number[] = [];
    for (let index = 0; index < count; index += 1) {
      seen.push((await next(index)).status);
    }
    return seen;
  };

  beforeEach(async () => {
    @Module({
      imports: [
        AuthModule.forRoot({
          issuer: 'test',
          audience: 'test',
          publicKeyPem: keys.publicKeyPem,
          clientLimitPerMinute: clientLimit,
        }),
      ],
      controllers: [CitizenController],
    })
    class RateLimitedModule {}
    const moduleRef = await Test.createTestingModule({ imports: [RateLimitedModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new HttpErrorFilter());
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
  });

  afterEach(async () => {
    await app.close();
  });

  it('should answer 429 with Retry-After once a client passes the public limit', async () => {
    const served = await statuses(PUBLIC_LIMIT_PER_MINUTE, () => get('/open'));
    const refused = await get('/open');

    expect(new Set(served)).toEqual(new Set([200]));
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('REQUEST.RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  it('should not let a stranger’s wrong guesses lock the citizen out of their own credential', async () => {
    await statuses(CLIENT_CREDENTIAL_LIMIT_PER_MINUTE, () => get('/lookup/HS-0001', '127.0.0.3'));

    expect((await get('/lookup/HS-0001', '127.0.0.3')).status).toBe(429);
    expect((await get('/lookup/HS-0001', '127.0.0.4')).status).toBe(200);
  });

  it('should count every spelling of one credential, on every route, against one budget', async () => {
    const spellings = ['AB-CD', 'abcd', 'ab-cd', 'ABCD', 'a-b-c-d'];
    await statuses(CLIENT_CREDENTIAL_LIMIT_PER_MINUTE, (index) =>
      index % 2
        ? send('POST', `/lookup/${spellings[index % 5]}/answers`, '127.0.0.3')
        : get(`/lookup/${spellings[index % 5]}`, '127.0.0.3'),
    );

    expect((await get('/lookup/Ab-cD', '127.0.0.3')).status).toBe(429);
    expect((await send('POST', '/lookup/abcd/answers', '127.0.0.3')).status).toBe(429);
    expect((await get('/lookup/ABCE', '127.0.0.3')).status).toBe(200);
  });

  it('should bound the guesses at one credential from many addresses', async () => {
    const addresses = CREDENTIAL_LIMIT_PER_MINUTE / CLIENT_CREDENTIAL_LIMIT_PER_MINUTE;
    const served = await statuses(CREDENTIAL_LIMIT_PER_MINUTE, (index) =>
      get('/lookup/HS-0002', `127.0.1.${1 + (index % addresses)}`),
    );
    const refused = await get('/lookup/HS-0002', '127.0.2.1');

    expect(new Set(served)).toEqual(new Set([200]));
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await get('/lookup/HS-0003', '127.0.2.1')).status).toBe(200);
  });

  it('should limit one address spraying many credentials over all credential routes together', async () => {
    const served = await statuses(PUBLIC_LIMIT_PER_MINUTE, (index) =>
      send(index % 2 ? 'POST' : 'GET', `/lookup/SPRAY${index}${index % 2 ? '/answers' : ''}`),
    );

    expect(new Set(served)).toEqual(new Set([200, 201]));
    expect((await get('/lookup/SPRAY-NEXT')).status).toBe(429);
    expect((await get('/lookup/SPRAY-NEXT', '127.0.0.9')).status).toBe(200);
    expect((await get('/open')).status).toBe(200);
  });

  it('should refuse a protected route without a token', async () => {
    expect((await get('/protected')).status).toBe(401);
  });

  describe('with a small per-client limit on authenticated routes', () => {
    const LIMIT = 3;
    const tokenFor = (role: Role, privateKeyPem = keys.privateKeyPem) =>
      issueToken({
        principal: { subject: `test-${role}`, roles: [role], communes: ['14797'] },
        issuer: 'test',
        audience: 'test',
        privateKeyPem,
      });

    beforeAll(() => {
      clientLimit = LIMIT;
    });
    afterAll(() => {
      clientLimit = 1000;
    });

    it('should not hold the system role to the per-client limit', async () => {
      const token = await tokenFor('system');
      const served = await statuses(LIMIT * 4, () => send('GET', '/protected', '127.0.0.5', token));

      expect(new Set(served)).toEqual(new Set([200]));
    });

    it('should still limit an officer on the same route', async () => {
      const token = await tokenFor('officer');
      const served = await statuses(LIMIT, () => send('GET', '/protected', '127.0.0.6', token));

      expect(new Set(served)).toEqual(new Set([200]));
      expect((await send('GET', '/protected', '127.0.0.6', token)).status).toBe(429);
    });

    it('should count a token that claims the system role but fails verification', async () => {
      const forged = await tokenFor('system', generateSigningKeyPair().privateKeyPem);
      const refused = await statuses(LIMIT, () => send('GET', '/protected', '127.0.0.7', forged));

      expect(new Set(refused)).toEqual(new Set([401]));
      expect((await send('GET', '/protected', '127.0.0.7', forged)).status).toBe(429);
    });

    it('should keep the public limits for a system token', async () => {
      const token = await tokenFor('system');
      await statuses(PUBLIC_LIMIT_PER_MINUTE, () => send('GET', '/open', '127.0.0.8', token));

      expect((await send('GET', '/open', '127.0.0.8', token)).status).toBe(429);
    });
  });
});
