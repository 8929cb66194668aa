import { Controller, Get, INestApplication, Module, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { HttpErrorFilter } from '@libs/service-kit';
import request from 'supertest';
import { generateSigningKeyPair } from '../domain/token-issuer';
import { Roles } from './auth.decorators';
import { AuthModule } from './auth.module';
import {
  CREDENTIAL_LIMIT_PER_MINUTE,
  PUBLIC_LIMIT_PER_MINUTE,
  PublicEndpoint,
} from './rate-limits';

@Controller()
class CitizenController {
  @Get('lookup/:dossierCode')
  @PublicEndpoint()
  lookup(@Param('dossierCode') dossierCode: string): { dossierCode: string } {
    return { dossierCode };
  }

  @Get('open')
  @PublicEndpoint()
  open(): { ok: true } {
    return { ok: true };
  }

  @Get('protected')
  @Roles('officer')
  protectedRoute(): { ok: true } {
    return { ok: true };
  }
}

describe('public endpoints', () => {
  let app: INestApplication;

  beforeEach(async () => {
    @Module({
      imports: [
        AuthModule.forRoot({
          issuer: 'test',
          audience: 'test',
          publicKeyPem: generateSigningKeyPair().publicKeyPem,
          clientLimitPerMinute: 1000,
        }),
      ],
      controllers: [CitizenController],
    })
    class RateLimitedModule {}
    const moduleRef = await Test.createTestingModule({ imports: [RateLimitedModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new HttpErrorFilter());
    await app.init();
  });

  afterEach(async () => {
    await app.close();
  });

  it('should answer 429 with Retry-After once a client passes the public limit', async () => {
    for (let index = 0; index < PUBLIC_LIMIT_PER_MINUTE; index += 1) {
      expect((await request(app.getHttpServer()).get('/open')).status).toBe(200);
    }
    const refused = await request(app.getHttpServer()).get('/open');

    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('REQUEST.RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('should limit guesses per credential while other credentials still answer', async () => {
    for (let index = 0; index < CREDENTIAL_LIMIT_PER_MINUTE; index += 1) {
      expect((await request(app.getHttpServer()).get('/lookup/HS-0001')).status).toBe(200);
    }

    expect((await request(app.getHttpServer()).get('/lookup/HS-0001')).status).toBe(429);
    expect((await request(app.getHttpServer()).get('/lookup/HS-0002')).status).toBe(200);
  });

  it('should refuse a protected route without a token', async () => {
    expect((await request(app.getHttpServer()).get('/protected')).status).toBe(401);
  });
});
