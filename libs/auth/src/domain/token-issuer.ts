import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';

import { Principal } from './principal';

export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** An Ed25519 key pair for local use and tests; production keys come from the identity provider. */
export function generateSigningKeyPair(): KeyPairPem {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export interface IssueTokenOptions {
  principal: Principal;
  issuer: string;
  audience: string;
  privateKeyPem: string;
  /** Lifetime counted from `now`; default 8 hours (a working day). */
  expiresInSeconds?: number;
  now?: Date;
}

export async function issueToken(options: IssueTokenOptions): Promise<string> {
  const { principal } = options;
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({
    roles: principal.roles,
    communes: principal.communes,
    ...(principal.provinceCode ? { province: principal.provinceCode } : {}),
    ...(principal.name ? { name: principal.name } : {}),
  })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(principal.subject)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.expiresInSeconds ?? 8 * 3600))
    .sign(createPrivateKey(options.privateKeyPem));
}
