import { INestApplication } from '@nestjs/common';
import request from 'supertest';

import { TestRun } from '@libs/testing';

import { START_SERVICE } from '../support/services';
import { LocalKeycloak, startLocalKeycloak, stopLocalKeycloak } from './local-keycloak';
import { claimsOf, OidcBrowser, pageText, parseLoginForm, TokenSet } from './oidc-browser';

/** The demo users of deploy/keycloak/realm-chinh-quyen-than-thien.json (README: Signing in). */
const DEMO_PASSWORD = 'Demo@2025';
const CONSOLE = 'http://127.0.0.1:3000';
const HAC_THANH = '14797';
const HAM_RONG = '14758';

const birthForm = (communeCode: string) => ({
  communeCode,
  child: {
    fullName: 'Nguyễn Minh Khôi',
    dateOfBirth: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
    sex: 'male',
  },
  father: { fullName: 'Nguyễn Văn An' },
  mother: { fullName: 'Trần Thị Bình' },
  address: { line: 'Số 12, phố Trần Phú' },
});

describe('sign-in through Keycloak (Authorization Code with PKCE) to a real service', () => {
  const run = new TestRun();
  const localKeys = run.authority;
  let keycloak: LocalKeycloak | undefined;
  let app: INestApplication;
  const browser = (): OidcBrowser =>
    new OidcBrowser({
      issuer: keycloak!.issuer,
      clientId: keycloak!.clientId,
      redirectUri: `${CONSOLE}/dang-nhap/callback`,
      postLogoutRedirectUri: `${CONSOLE}/`,
    });
  const register = (communeCode: string, bearer: string) =>
    request(app.getHttpServer())
      .post('/v1/birth-registrations')
      .set('Authorization', bearer)
      .send(birthForm(communeCode));
  const read = (id: string, bearer: string) =>
    request(app.getHttpServer()).get(`/v1/birth-registrations/${id}`).set('Authorization', bearer);

  beforeAll(async () => {
    keycloak = startLocalKeycloak();
    // Both issuers, as deploy/local/run-system.sh configures them: the run's signing key (as
    // `npm run token` signs locally) and Keycloak through its JWKS.
    app = await START_SERVICE.intake(run, {
      settings: {
        AUTH_TRUSTED_ISSUERS: JSON.stringify([
          { issuer: keycloak.issuer, jwksUrl: keycloak.jwksUrl },
        ]),
      },
    });
  }, 600_000);

  afterAll(async () => {
    await run.cleanUp();
    if (keycloak?.startedHere) {
      stopLocalKeycloak();
    }
  });

  it("should sign an officer in and carry the realm's roles, commune and audience to the service", async () => {
    const tokens = await browser().signIn('canbo.hacthanh', DEMO_PASSWORD);
    const bearer = `Bearer ${tokens.access_token}`;

    expect(claimsOf(tokens.access_token)).toMatchObject({
      iss: keycloak!.issuer,
      azp: 'console',
      roles: ['officer'],
      communes: [HAC_THANH],
      name: 'Nguyễn Thị Lan',
    });
    expect([claimsOf(tokens.access_token).aud].flat()).toContain('chinh-quyen-than-thien');
    const created = await register(HAC_THANH, bearer);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ communeName: 'Phường Hạc Thành' });
    expect((await read(created.body.registrationId as string, bearer)).status).toBe(200);
  });

  it("should keep a Hạc Thành officer out of Hàm Rồng's records, and let the province read them", async () => {
    // Hàm Rồng's record, written with the local key (`npm run token` still works beside Keycloak).
    const hamRongByScript = await localKeys.bearer({ roles: ['officer'], communes: [HAM_RONG] });
    const hamRong = await register(HAM_RONG, hamRongByScript);
    expect(hamRong.status).toBe(201);
    const id = hamRong.body.registrationId as string;
    const hacThanh = `Bearer ${(await browser().signIn('canbo.hacthanh', DEMO_PASSWORD)).access_token}`;
    const hamRongOfficer = `Bearer ${(await browser().signIn('canbo.hamrong', DEMO_PASSWORD)).access_token}`;
    const provinceTokens = await browser().signIn('tinh.thanhhoa', DEMO_PASSWORD);
    const province = `Bearer ${provinceTokens.access_token}`;

    const foreignRead = await read(id, hacThanh);
    expect(foreignRead.status).toBe(404);
    expect(JSON.stringify(foreignRead.body)).not.toContain('Nguyễn Minh Khôi');
    expect((await register(HAM_RONG, hacThanh)).status).toBe(403);
    expect((await read(id, hamRongOfficer)).status).toBe(200);
    expect(claimsOf(provinceTokens.access_token)).toMatchObject({
      roles: ['province'],
      province: '38',
    });
    expect((await read(id, province)).status).toBe(200);
    expect((await register(HAM_RONG, province)).status).toBe(403);
  });

  it('should refresh the tokens, and after sign-out refuse the refresh token and ask for the password again', async () => {
    const user = browser();
    const tokens = await user.signIn('lanhdao.hacthanh', DEMO_PASSWORD);

    const refreshed = await user.refresh(tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const renewed = (await refreshed.json()) as TokenSet;
    expect(renewed.access_token).not.toBe(tokens.access_token);
    expect(claimsOf(renewed.access_token)).toMatchObject({
      roles: ['leader'],
      communes: [HAC_THANH],
    });
    expect((await register(HAC_THANH, `Bearer ${renewed.access_token}`)).status).toBe(201);

    const signedOut = await user.signOut(renewed.id_token);
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get('location')).toBe(`${CONSOLE}/`);
    const afterSignOut = await user.refresh(renewed.refresh_token);
    expect(afterSignOut.status).toBe(400);
    expect(await afterSignOut.json()).toMatchObject({ error: 'invalid_grant' });
    // The provider's session cookie is gone: the next sign-in shows the form again.
    const { challenge } = OidcBrowser.pkce();
    await expect(user.openLoginPage(challenge, 'again')).resolves.toMatchObject({
      form: { fields: expect.objectContaining({ username: expect.any(String) }) },
    });
  });

  it('should refuse a wrong password in Vietnamese, a code without its verifier and a request without PKCE', async () => {
    const user = browser();
    const { challenge } = OidcBrowser.pkce();
    const { form } = await user.openLoginPage(challenge, 'wrong-password');
    const refused = await user.submitLogin(form, 'canbo.hacthanh', 'not-the-password');
    const refusedPage = await refused.text();
    expect(refused.status).toBe(200);
    expect(pageText(refusedPage)).toContain('Tên người dùng hoặc mật khẩu không hợp lệ.');
    expect(parseLoginForm(refusedPage)?.fields.username).toBe('canbo.hacthanh');

    // A stolen code is worthless without the verifier that only the console holds.
    const thief = browser();
    const pair = OidcBrowser.pkce();
    const login = await thief.openLoginPage(pair.challenge, 'stolen');
    const redirect = await thief.submitLogin(login.form, 'canbo.hacthanh', DEMO_PASSWORD);
    const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const exchanged = await thief.tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${CONSOLE}/dang-nhap/callback`,
      code_verifier: OidcBrowser.pkce().verifier,
    });
    expect(exchanged.status).toBe(400);
    expect(await exchanged.json()).toMatchObject({ error: 'invalid_grant' });

    const withoutPkce = await browser().request(await browser().authorizationUrl({ state: 'x' }));
    expect(withoutPkce.status).toBe(302);
    expect(new URL(withoutPkce.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'invalid_request',
    );
  });
});
