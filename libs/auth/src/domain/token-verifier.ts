import { createPublicKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import { Principal } from './principal';
import { principalFromClaims, UntrustedTokenError } from './token-claims';

export interface TokenVerifierSettings {
  issuer: string;
  audience: string;
  /** JWKS address of an OpenID Connect provider (production). */
  jwksUrl?: string;
  /** PEM public key, or a file holding one (local use and tests). */
  publicKeyPem?: string;
  publicKeyFile?: string;
}

const ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];

type KeySource = KeyObject | ReturnType<typeof createRemoteJWKSet>;

/** Verifies bearer tokens: signature, algorithm, issuer, audience, expiry, then claims. */
export class TokenVerifier {
  private constructor(
    private readonly key: KeySource,
    private readonly settings: TokenVerifierSettings,
  ) {}

  static create(settings: TokenVerifierSettings): TokenVerifier {
    if (settings.jwksUrl) {
      return new TokenVerifier(createRemoteJWKSet(new URL(settings.jwksUrl)), settings);
    }
    const pem =
      settings.publicKeyPem ??
      (settings.publicKeyFile ? readFileSync(settings.publicKeyFile, 'utf8') : undefined);
    if (!pem) {
      throw new Error(
        'No token key configured: set AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_PUBLIC_KEY_FILE',
      );
    }
    // The key's own type (RSA, EC, Ed25519) decides which algorithm it verifies.
    return new TokenVerifier(createPublicKey(pem), settings);
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token, this.key as Parameters<typeof jwtVerify>[1], {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ALGORITHMS,
        clockTolerance: 30,
      });
      payload = verified.payload;
    } catch (error) {
      throw new UntrustedTokenError(error instanceof Error ? error.message : String(error));
    }
    return principalFromClaims(payload);
  }
}
