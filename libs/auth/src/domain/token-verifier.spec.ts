import { createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';

import { UntrustedTokenError } from './token-claims';
import { generateSigningKeyPair, issueToken } from './token-issuer';
import { TokenVerifier } from './token-verifier';

const keys = generateSigningKeyPair();
const NOW = new Date('2026-12-01T08:00:00Z');
const nowSeconds = Math.floor(NOW.getTime() / 1000);
const settings = {
  issuer: 'local-dev',
  audience: 'chinh-quyen-than-thien',
  publicKeyPem: keys.publicKeyPem,
  now: () => NOW,
};
const principal = { subject: 'can-bo-1', roles: ['officer' as const], communes: ['14797'] };

function signed(claims: { iat?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT({ roles: ['officer'], communes: ['14797'] })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject('can-bo-1')
    .setIssuer(settings.issuer)
    .setAudience(settings.audience);
  if (claims.iat !== undefined) {
    jwt.setIssuedAt(claims.iat);
  }
  if (claims.exp !== undefined) {
    jwt.setExpirationTime(claims.exp);
  }
  return jwt.sign(createPrivateKey(keys.privateKeyPem));
}

describe('TokenVerifier lifetime rules', () => {
  const verifier = TokenVerifier.create(settings);

  it('should accept a token from the issuer with the default 8-hour lifetime', async () => {
    const token = await issueToken({
      principal,
      issuer: settings.issuer,
      audience: settings.audience,
      privateKeyPem: keys.privateKeyPem,
      now: NOW,
    });

    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'can-bo-1' });
  });

  it('should refuse a token without exp, one living 100 years and one issued in the future', async () => {
    const noExpiry = await signed({ iat: nowSeconds });
    const century = await signed({ iat: nowSeconds, exp: nowSeconds + 100 * 365 * 24 * 3600 });
    const fromTheFuture = await signed({
      iat: nowSeconds + 10 * 365 * 24 * 3600,
      exp: nowSeconds + 10 * 365 * 24 * 3600 + 3600,
    });

    await expect(verifier.verify(noExpiry)).rejects.toThrow(UntrustedTokenError);
    await expect(verifier.verify(century)).rejects.toThrow(/longer than 43200 s/);
    await expect(verifier.verify(fromTheFuture)).rejects.toThrow(/in the future/);
  });

  it('should apply a configured lifetime', async () => {
    const strict = TokenVerifier.create({
      ...settings,
      lifetime: { maxLifetimeSeconds: 3600, clockSkewSeconds: 0 },
    });
    const twoHours = await signed({ iat: nowSeconds, exp: nowSeconds + 7200 });

    await expect(verifier.verify(twoHours)).resolves.toBeDefined();
    await expect(strict.verify(twoHours)).rejects.toThrow(/longer than 3600 s/);
  });
});

describe('TokenVerifier with several trusted issuers', () => {
  const providerKeys = generateSigningKeyPair();
  const PROVIDER = 'http://127.0.0.1:8180/realms/chinh-quyen-than-thien';
  const verifier = TokenVerifier.create({
    ...settings,
    trustedIssuers: [{ issuer: PROVIDER, publicKeyPem: providerKeys.publicKeyPem }],
  });
  const token = (issuer: string, privateKeyPem: string): Promise<string> =>
    issueToken({ principal, issuer, audience: settings.audience, privateKeyPem, now: NOW });

  it('should accept each issuer signed with its own key', async () => {
    await expect(
      verifier.verify(await token(settings.issuer, keys.privateKeyPem)),
    ).resolves.toMatchObject({ subject: 'can-bo-1' });
    await expect(
      verifier.verify(await token(PROVIDER, providerKeys.privateKeyPem)),
    ).resolves.toMatchObject({ communes: ['14797'] });
  });

  it("should refuse a token signed with another trusted issuer's key, and an unknown issuer", async () => {
    const crossed = await token(PROVIDER, keys.privateKeyPem);
    const stranger = await token('https://id.example.vn/realms/other', providerKeys.privateKeyPem);

    await expect(verifier.verify(crossed)).rejects.toThrow(UntrustedTokenError);
    await expect(verifier.verify(stranger)).rejects.toThrow(/issuer .* is not trusted/);
    await expect(verifier.verify('not-a-jwt')).rejects.toThrow(UntrustedTokenError);
  });

  it('should refuse to start with an issuer twice or an issuer with two key sources', () => {
    expect(() =>
      TokenVerifier.create({
        ...settings,
        trustedIssuers: [{ issuer: settings.issuer, publicKeyPem: providerKeys.publicKeyPem }],
      }),
    ).toThrow(/configured twice/);
    expect(() =>
      TokenVerifier.create({
        ...settings,
        trustedIssuers: [
          {
            issuer: PROVIDER,
            publicKeyPem: providerKeys.publicKeyPem,
            jwksUrl: `${PROVIDER}/protocol/openid-connect/certs`,
          },
        ],
      }),
    ).toThrow(/one key source/);
  });
});
