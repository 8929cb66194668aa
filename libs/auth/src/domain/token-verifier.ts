import { createPublicKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';
import { Principal } from './principal';
import { principalFromClaims, UntrustedTokenError } from './token-claims';
import {
  DEFAULT_TOKEN_LIFETIME_POLICY,
  TokenLifetimePolicy,
  tokenLifetimeProblem,
} from './token-lifetime';

export interface TokenVerifierSettings {
  issuer: string;
  audience: string;
  /** JWKS address of an OpenID Connect provider (production). */
  jwksUrl?: string;
  /** PEM public key, or a file holding one (local use and tests). */
  publicKeyPem?: string;
  publicKeyFile?: string;
  /** Longest lifetime and clock skew accepted; 12 h and 30 s by default. */
  lifetime?: TokenLifetimePolicy;
  /** The current time; the system clock by default (tests pass a controlled one). */
  now?: () => Date;
}

const ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];

type KeySource = KeyObject | ReturnType<typeof createRemoteJWKSet>;

/**
 * Verifies bearer tokens: signature, algorithm, issuer, audience, expiry, a bounded lifetime
 * and an issue time not in the future, then claims.
 */
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
    const policy = this.settings.lifetime ?? DEFAULT_TOKEN_LIFETIME_POLICY;
    const now = this.settings.now?.() ?? new Date();
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token, this.key as Parameters<typeof jwtVerify>[1], {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp'],
        clockTolerance: policy.clockSkewSeconds,
        currentDate: now,
      });
      payload = verified.payload;
    } catch (error) {
      throw new UntrustedTokenError(error instanceof Error ? error.message : String(error));
    }
    const problem = tokenLifetimeProblem(payload, Math.floor(now.getTime() / 1000), policy);
    if (problem) {
      throw new UntrustedTokenError(problem);
    }
    return principalFromClaims(payload);
  }
}
