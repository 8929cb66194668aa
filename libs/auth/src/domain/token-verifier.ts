import { createPublicKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, decodeJwt, JWTPayload, jwtVerify } from 'jose';

import { Principal } from './principal';
import { principalFromClaims, UntrustedTokenError } from './token-claims';
import {
  DEFAULT_TOKEN_LIFETIME_POLICY,
  TokenLifetimePolicy,
  tokenLifetimeProblem,
} from './token-lifetime';

/** An issuer whose tokens are accepted, with where its keys come from (exactly one source). */
export interface TrustedIssuer {
  /** The exact `iss` of its tokens. */
  issuer: string;
  /** JWKS address of an OpenID Connect provider (Keycloak in production). */
  jwksUrl?: string;
  /** PEM public key, or a file holding one (local use and tests). */
  publicKeyPem?: string;
  publicKeyFile?: string;
}

export interface TokenVerifierSettings extends TrustedIssuer {
  audience: string;
  /**
   * Further issuers trusted beside `issuer`, each with its own key source: locally, Keycloak
   * (JWKS) beside the signing key of `npm run token`. A token is checked only against the
   * keys of the issuer it names.
   */
  trustedIssuers?: TrustedIssuer[];
  /** Longest lifetime and clock skew accepted; 12 h and 30 s by default. */
  lifetime?: TokenLifetimePolicy;
  /** The current time; the system clock by default (tests pass a controlled one). */
  now?: () => Date;
}

const ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];

type KeySource = KeyObject | ReturnType<typeof createRemoteJWKSet>;

function keySource(trusted: TrustedIssuer): KeySource {
  const sources = [trusted.jwksUrl, trusted.publicKeyPem, trusted.publicKeyFile].filter(Boolean);
  if (sources.length > 1) {
    throw new Error(
      `Issuer ${trusted.issuer}: give one key source (JWKS URL, public key or key file), not ${sources.length}`,
    );
  }
  if (trusted.jwksUrl) {
    return createRemoteJWKSet(new URL(trusted.jwksUrl));
  }
  const pem =
    trusted.publicKeyPem ??
    (trusted.publicKeyFile ? readFileSync(trusted.publicKeyFile, 'utf8') : undefined);
  if (!pem) {
    throw new Error(
      `No token key configured for issuer ${trusted.issuer}: set AUTH_JWKS_URL, AUTH_PUBLIC_KEY or AUTH_PUBLIC_KEY_FILE`,
    );
  }
  // The key's own type (RSA, EC, Ed25519) decides which algorithm it verifies.
  return createPublicKey(pem);
}

/**
 * Verifies bearer tokens: a trusted issuer, its signature and algorithm, audience, expiry, a
 * bounded lifetime and an issue time not in the future, then claims.
 */
export class TokenVerifier {
  private constructor(
    private readonly keys: ReadonlyMap<string, KeySource>,
    private readonly settings: TokenVerifierSettings,
  ) {}

  static create(settings: TokenVerifierSettings): TokenVerifier {
    const keys = new Map<string, KeySource>();
    for (const trusted of [settings, ...(settings.trustedIssuers ?? [])]) {
      if (keys.has(trusted.issuer)) {
        throw new Error(`Issuer ${trusted.issuer} is configured twice`);
      }
      keys.set(trusted.issuer, keySource(trusted));
    }
    return new TokenVerifier(keys, settings);
  }

  async verify(token: string): Promise<Principal> {
    const policy = this.settings.lifetime ?? DEFAULT_TOKEN_LIFETIME_POLICY;
    const now = this.settings.now?.() ?? new Date();
    let payload: JWTPayload;
    try {
      // The unverified `iss` only chooses which keys to try; jwtVerify checks it again.
      const { iss } = decodeJwt(token);
      const key = iss === undefined ? undefined : this.keys.get(iss);
      if (iss === undefined || key === undefined) {
        throw new UntrustedTokenError(`token issuer ${String(iss).slice(0, 200)} is not trusted`);
      }
      const verified = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        issuer: iss,
        audience: this.settings.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp'],
        clockTolerance: policy.clockSkewSeconds,
        currentDate: now,
      });
      payload = verified.payload;
    } catch (error) {
      if (error instanceof UntrustedTokenError) {
        throw error;
      }
      throw new UntrustedTokenError(error instanceof Error ? error.message : String(error));
    }
    const problem = tokenLifetimeProblem(payload, Math.floor(now.getTime() / 1000), policy);
    if (problem) {
      throw new UntrustedTokenError(problem);
    }
    return principalFromClaims(payload);
  }
}
