import { createPrivateKey } from 'node:crypto';
import { getModelToken } from '@nestjs/mongoose';
import { SignJWT } from 'jose';
import { Model } from 'mongoose';
import request from 'supertest';

import { generateSigningKeyPair, issueToken, Role } from '@libs/auth';
import { ManualClock } from '@libs/clock';
import { TestRun, vn } from '@libs/testing';

import { BirthRegistrationRecord } from '../../services/intake/src/birth-registration/infrastructure/birth-registration.schema';
import { DossierRecord } from '../../services/intake/src/dossiers/infrastructure/dossier.schema';
import { START_SERVICE } from '../support/services';

type Server = Parameters<typeof request>[0];

const ISSUER = 'local-dev';
const AUDIENCE = 'chinh-quyen-than-thien';
const HOUR = 3600;
const YEAR = 365 * 24 * HOUR;

/**
 * Defence in depth from the 2026-12 security review (L2, L4, L5, L6 and case 636), over a real
 * intake service: bounded tokens, hardening headers, Swagger only where enabled, idempotency
 * keys that never replay across communes, and historical imports that keep to their commune.
 */
describe('defence in depth over HTTP', () => {
  const run = new TestRun();
  const keys = generateSigningKeyPair();
  const clock = new ManualClock(vn('2026-03-12T09:00:00'));
  let intake: Server;
  let dossiers: Model<DossierRecord>;
  let births: Model<BirthRegistrationRecord>;

  /** This test signs its own tokens, so services trust its key rather than the run's. */
  const trustOurKey = {
    AUTH_PUBLIC_KEY: keys.publicKeyPem,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
  };

  /** A token as the platform's issuer writes it (`npm run token` uses the same function). */
  const bearer = async (options: {
    roles: Role[];
    communes: string[];
    subject?: string;
    hours?: number;
  }): Promise<string> =>
    `Bearer ${await issueToken({
      principal: {
        subject: options.subject ?? `${options.roles.join('+')}-${options.communes.join('-')}`,
        roles: options.roles,
        communes: options.communes,
      },
      issuer: ISSUER,
      audience: AUDIENCE,
      privateKeyPem: keys.privateKeyPem,
      ...(options.hours !== undefined ? { expiresInSeconds: options.hours * HOUR } : {}),
    })}`;

  /** A validly signed officer token with exactly the times given (none when undefined). */
  const signedWith = async (times: { iat?: number; exp?: number }): Promise<string> => {
    const jwt = new SignJWT({ roles: ['officer'], communes: ['14797'] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('officer-times')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE);
    if (times.iat !== undefined) {
      jwt.setIssuedAt(times.iat);
    }
    if (times.exp !== undefined) {
      jwt.setExpirationTime(times.exp);
    }
    return `Bearer ${await jwt.sign(createPrivateKey(keys.privateKeyPem))}`;
  };

  beforeAll(async () => {
    const app = await START_SERVICE.intake(run, { options: { clock }, settings: trustOurKey });
    intake = app.getHttpServer() as Server;
    dossiers = app.get(getModelToken(DossierRecord.name));
    births = app.get(getModelToken(BirthRegistrationRecord.name));
  });

  afterAll(() => run.cleanUp());

  describe('tokens', () => {
    const list = (authorization: string) =>
      request(intake).get('/v1/dossiers').set('Authorization', authorization);
    const now = () => Math.floor(Date.now() / 1000);

    it('should accept the issuer’s default token and one of 12 hours', async () => {
      expect((await list(await bearer({ roles: ['officer'], communes: ['14797'] }))).status).toBe(
        200,
      );
      expect(
        (await list(await bearer({ roles: ['officer'], communes: ['14797'], hours: 12 }))).status,
      ).toBe(200);
    });

    it('should refuse a token without exp, one of 100 years, one of 13 hours and one issued in the future', async () => {
      const refused = {
        noExpiry: await list(await signedWith({ iat: now() })),
        noTimesAtAll: await list(await signedWith({})),
        century: await list(
          await bearer({ roles: ['officer'], communes: ['14797'], hours: 876000 }),
        ),
        thirteenHours: await list(
          await bearer({ roles: ['officer'], communes: ['14797'], hours: 13 }),
        ),
        // without iat, the lifetime counts from now
        farExpiryNoIat: await list(await signedWith({ exp: now() + YEAR })),
        issuedInTenYears: await list(
          await signedWith({ iat: now() + 10 * YEAR, exp: now() + 10 * YEAR + HOUR }),
        ),
        issuedInTwoMinutes: await list(await signedWith({ iat: now() + 120, exp: now() + HOUR })),
      };

      for (const [name, answer] of Object.entries(refused)) {
        expect({ name, status: answer.status, body: answer.body }).toMatchObject({
          name,
          status: 401,
          body: {
            code: 'AUTH.TOKEN_INVALID',
            message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.',
          },
        });
      }
    });

    it('should tolerate a clock a few seconds ahead at the identity provider', async () => {
      expect((await list(await signedWith({ iat: now() + 10, exp: now() + HOUR }))).status).toBe(
        200,
      );
    });
  });

  describe('security headers and Swagger', () => {
    const hardened = (headers: Record<string, string | undefined>) => {
      expect(headers['x-powered-by']).toBeUndefined();
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['content-security-policy']).toContain("default-src 'self'");
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    };

    it('should send the hardening headers and no X-Powered-By on answers, errors and refusals', async () => {
      const officer = await bearer({ roles: ['officer'], communes: ['14797'] });
      const answers = [
        await request(intake).get('/v1/dossiers').set('Authorization', officer),
        await request(intake).get('/v1/dossiers'),
        await request(intake).get('/nowhere'),
        await request(intake)
          .post('/v1/dossiers')
          .set('Authorization', officer)
          .set('Content-Type', 'application/json; charset=latin1')
          .send('{}'),
      ];

      expect(answers.map((answer) => answer.status)).toEqual([200, 401, 404, 415]);
      for (const answer of answers) {
        hardened(answer.headers);
      }
    });

    it('should keep an idle connection open longer than its clients keep theirs', async () => {
      // Node's default of 5 s equals its agents' own idle time: a client could reuse a
      // connection in the instant the service closed it, and its request failed with ECONNRESET.
      const answer = await request(intake).get('/health/live').set('Connection', 'keep-alive');

      expect(answer.status).toBe(200);
      expect(answer.headers['keep-alive']).toBe('timeout=65');
    });

    it('should serve Swagger UI outside production under a policy its files satisfy', async () => {
      const page = await request(intake).get('/docs');
      const document = await request(intake).get('/docs-json');
      const html = page.text;
      const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      const init = await request(intake).get('/docs/swagger-ui-init.js');

      expect(page.status).toBe(200);
      hardened(page.headers);
      // script-src 'self' runs only script files of this origin: no inline script on the page
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes = '', body = ''] of scripts) {
        expect(attributes).toMatch(/src=["'][^"':]+["']/);
        expect(body.trim()).toBe('');
      }
      expect(init.status).toBe(200);
      expect(document.status).toBe(200);
      expect(document.body.openapi).toMatch(/^3\./);
      expect(Object.keys(document.body.paths)).toContain('/v1/dossiers/imports');
    });

    it('should serve no Swagger in production unless enabled, and none where disabled', async () => {
      let started = 0;
      const start = async (overrides: Record<string, string>) => {
        // Each its own database and group: three deployments, not replicas of one.
        const name = `feedback${(started += 1)}`;
        const app = await START_SERVICE.feedback(run, {
          database: name,
          groupId: run.groupId(name),
          settings: { ...trustOurKey, ...overrides },
        });
        return app.getHttpServer() as Server;
      };
      const production = await start({ NODE_ENV: 'production' });
      const enabled = await start({ NODE_ENV: 'production', SWAGGER_ENABLED: 'true' });
      const disabled = await start({ NODE_ENV: 'development', SWAGGER_ENABLED: 'false' });

      for (const server of [production, disabled]) {
        expect((await request(server).get('/docs')).status).toBe(404);
        expect((await request(server).get('/docs-json')).status).toBe(404);
      }
      expect((await request(enabled).get('/docs-json')).status).toBe(200);
      expect((await request(production).get('/health/live')).status).toBe(200);
      hardened((await request(production).get('/docs')).headers);
    });
  });

  describe('idempotency keys', () => {
    const form = (communeCode: string) => ({
      communeCode,
      procedureKey: 'copy-certification',
      channel: 'counter',
      applicant: {
        fullName: 'Đinh Thị Riêng Tư',
        phone: '0977000111',
        identityNumber: '038199000111',
      },
    });
    const birth = (communeCode: string) => ({
      communeCode,
      child: { fullName: 'Đinh Minh Riêng', dateOfBirth: '2026-03-01', sex: 'male' },
      mother: { fullName: 'Đinh Thị Riêng Tư' },
      address: { line: 'Số 3, ngõ 5' },
    });

    it('should not replay another commune’s dossier or birth to an officer moved away from it', async () => {
      const key = `moved-${run.id}`;
      const before = await dossiers.countDocuments().exec();
      const birthsBefore = await births.countDocuments().exec();
      const atHacThanh = await bearer({
        roles: ['officer'],
        communes: ['14797'],
        subject: 'moved-1',
      });
      const movedAway = await bearer({
        roles: ['officer'],
        communes: ['16522'],
        subject: 'moved-1',
      });
      const send = (path: string, body: object, authorization: string) =>
        request(intake)
          .post(path)
          .set('Authorization', authorization)
          .set('Idempotency-Key', key)
          .send(body);

      const first = await send('/v1/dossiers', form('14797'), atHacThanh);
      const replayed = await send('/v1/dossiers', form('14797'), movedAway);
      const firstBirth = await send('/v1/birth-registrations', birth('14797'), atHacThanh);
      const replayedBirth = await send('/v1/birth-registrations', birth('14797'), movedAway);

      expect([first.status, firstBirth.status]).toEqual([201, 201]);
      for (const answer of [replayed, replayedBirth]) {
        expect(answer.status).toBe(403);
        expect(answer.body.code).toBe('TENANCY.FORBIDDEN');
        expect(JSON.stringify(answer.body)).not.toContain('0977000111');
        expect(JSON.stringify(answer.body)).not.toContain('Riêng');
      }
      expect(await dossiers.countDocuments().exec()).toBe(before + 1);
      expect(await births.countDocuments().exec()).toBe(birthsBefore + 1);
    });

    it('should scope one key to each commune of an officer who serves two', async () => {
      const key = `two-communes-${run.id}`;
      const both = await bearer({ roles: ['officer'], communes: ['14797', '16522'] });
      const send = (communeCode: string) =>
        request(intake)
          .post('/v1/dossiers')
          .set('Authorization', both)
          .set('Idempotency-Key', key)
          .send(form(communeCode));

      const here = await send('14797');
      const there = await send('16522');
      const hereAgain = await send('14797');

      expect([here.status, there.status, hereAgain.status]).toEqual([201, 201, 200]);
      expect(there.body.dossierId).not.toBe(here.body.dossierId);
      expect(hereAgain.body.dossierId).toBe(here.body.dossierId);
    });
  });

  describe('historical imports', () => {
    const historical = (dossierCode: string, receivedAt = '2026-03-10T08:30:00+07:00') => ({
      communeCode: '14797',
      procedureKey: 'marital-status-confirmation',
      applicant: { fullName: 'Lê Văn Cường' },
      receivedAt,
      dossierCode,
    });
    const importAs = async (body: object) =>
      request(intake)
        .post('/v1/dossiers/imports')
        .set('Authorization', await bearer({ roles: ['system'], communes: ['14797'] }))
        .send(body);

    it('should refuse a code of another agency or dated in the future, storing nothing', async () => {
      clock.set(vn('2026-03-12T09:00:00'));
      const before = await dossiers.countDocuments().exec();

      const otherCommune = await importAs(historical('H56.165.22-260310-380001'));
      const otherProvince = await importAs(historical('H01.000.70-260310-010001'));
      const tomorrow = await importAs(
        historical('H56.147.97-260313-389001', '2026-03-12T08:00:00+07:00'),
      );
      const notTheReceiptDay = await importAs(historical('000.00.38.H56-260311-0001'));
      const impossibleDay = await importAs(historical('000.00.38.H56-260230-0001'));

      const messages = (answer: request.Response) => {
        expect(answer.status).toBe(400);
        expect(answer.body.code).toBe('DOSSIER.INVALID');
        return answer.body.errors as { field: string; messages: string[] }[];
      };
      expect(messages(otherCommune)).toEqual([
        {
          field: 'dossierCode',
          messages: [
            'Mã hồ sơ thuộc cơ quan H56.165.22, không phải của xã, phường này (H56.147.97).',
          ],
        },
      ]);
      expect(messages(otherProvince)).toEqual([
        {
          field: 'dossierCode',
          messages: [
            'Mã hồ sơ thuộc cơ quan H01.000.70 của tỉnh, thành phố khác (mã cấp 1 H01); xã, phường này có mã H56.147.97.',
          ],
        },
      ]);
      expect(messages(tomorrow)).toEqual([
        { field: 'dossierCode', messages: ['Ngày trong mã hồ sơ không được ở tương lai.'] },
      ]);
      expect(messages(notTheReceiptDay)).toEqual([
        {
          field: 'dossierCode',
          messages: ['Ngày trong mã hồ sơ phải là ngày tiếp nhận (ngày 10 tháng 3 năm 2026).'],
        },
      ]);
      expect(messages(impossibleDay)).toEqual([
        {
          field: 'dossierCode',
          messages: ['Ngày trong mã hồ sơ (260230) không phải là ngày có thật.'],
        },
      ]);
      expect(await dossiers.countDocuments().exec()).toBe(before);
    });

    it('should import the commune’s own code of the receipt day', async () => {
      clock.set(vn('2026-03-12T09:00:00'));
      const code = `H56.147.97-260310-38${String(Date.now()).slice(-5)}`;

      const imported = await importAs(historical(code));

      expect(imported.status).toBe(201);
      expect(imported.body.dossierCode).toBe(code);
    });
  });
});
