import { createHash, randomBytes, randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for one another when read off a printed
 * slip or typed on a phone: no 0/O, 1/I/L.
 */
export const SHORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SHORT_CODE_LENGTH = 8;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const SHORT_CODE = new RegExp(`^[${SHORT_CODE_ALPHABET}]{${SHORT_CODE_LENGTH}}$`);

export interface SurveyCredentials {
  /** 256 random bits, base64url: the link's secret. */
  token: string;
  /** 8 characters (about 40 bits) to type in by hand, printed as ABCD-EFGH. */
  code: string;
}

export function generateCredentials(): SurveyCredentials {
  let code = '';
  for (let index = 0; index < SHORT_CODE_LENGTH; index += 1) {
    code += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
  }
  return { token: randomBytes(32).toString('base64url'), code };
}

/** The store keeps only these digests, so a leaked database holds no usable link. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(`token:${token}`).digest('hex');
}

export function codeDigest(code: string): string {
  return createHash('sha256').update(`code:${code}`).digest('hex');
}

export function formatShortCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export type CredentialLookup = { kind: 'token'; digest: string } | { kind: 'code'; digest: string };

/**
 * What a citizen typed or followed: a link token, or the short code in any case, with or
 * without the dash and spaces. Anything else cannot be a credential.
 */
export function readCredential(text: string): CredentialLookup | undefined {
  if (TOKEN.test(text)) {
    return { kind: 'token', digest: tokenDigest(text) };
  }
  const code = text.replace(/[\s-]/g, '').toUpperCase();
  if (SHORT_CODE.test(code)) {
    return { kind: 'code', digest: codeDigest(code) };
  }
  return undefined;
}
