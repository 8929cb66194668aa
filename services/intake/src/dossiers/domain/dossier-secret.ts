import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number },
) => Promise<Buffer>;

/**
 * scrypt's cost for new hashes. The secret is 50 random bits, not a chosen password, so a
 * low cost already puts an offline search of one leaked hash at tens of thousands of core
 * years (2^50 × 1.6 ms), while Node's default (16384) spent 33 ms of CPU per dossier and
 * capped a 2-core intake at about 60 dossiers a second (docs/benchmarks.md).
 */
const COST = 1024;
/** The cost of hashes stored before the cost was recorded with them. */
const LEGACY_COST = 16384;

/** No 0/O, 1/I/L: the secret is read off a printed slip and typed by hand. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUP = 5;
const LENGTH = 10;
const HASH_BYTES = 32;

export interface SecretHash {
  salt: string;
  hash: string;
  /** scrypt's N; absent on hashes made with the legacy cost. */
  cost?: number;
}

/** A new lookup secret, e.g. 'K7Q2M-9XH4D' (about 50 bits of randomness). */
export function generateLookupSecret(): string {
  const characters = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${characters.slice(0, GROUP).join('')}-${characters.slice(GROUP).join('')}`;
}

/** What the citizen typed, without spaces, dashes or case. */
export function canonicalSecret(secret: string): string {
  return secret.replace(/[\s-]/g, '').toUpperCase();
}

/** Only a salted scrypt hash is stored; the secret itself exists on the slip alone. */
export async function hashLookupSecret(secret: string): Promise<SecretHash> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(canonicalSecret(secret), salt, HASH_BYTES, { N: COST });
  return { salt: salt.toString('base64'), hash: hash.toString('base64'), cost: COST };
}

export async function verifyLookupSecret(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await scryptAsync(
    canonicalSecret(secret),
    Buffer.from(stored.salt, 'base64'),
    expected.length,
    { N: stored.cost ?? LEGACY_COST },
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Spends the same time as a real check, so an unknown code answers as slowly as a wrong secret. */
export async function verifyAgainstNothing(secret: string): Promise<false> {
  await scryptAsync(canonicalSecret(secret), randomBytes(16), HASH_BYTES, { N: COST });
  return false;
}
