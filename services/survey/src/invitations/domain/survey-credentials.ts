import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

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

/** Capitals of other scripts that look like the code's Latin letters (after upper-casing). */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
  Υ: 'Y',
};

/**
 * Tone marks a Telex keyboard (the usual Vietnamese input method) makes of the key after a
 * vowel ("AS" → "Á"); it also makes "Â" of "AA", "Ă" of "AW" and "Đ" of "DD".
 */
const TELEX_TONES: Readonly<Record<string, string>> = {
  '\u0301': 'S',
  '\u0300': 'F',
  '\u0309': 'R',
  '\u0303': 'X',
  '\u0323': 'J',
};
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** The keys typed on a Telex keyboard for a text it produced ("ẬĐ" → "AAJDD"). */
function telexKeys(text: string): string {
  let keys = '';
  let letter = '';
  let shape = '';
  let tone = '';
  for (const character of text.replace(/Đ/g, 'DD').normalize('NFD')) {
    if (character === CIRCUMFLEX) {
      shape += letter;
    } else if (character === BREVE) {
      shape += 'W';
    } else if (TELEX_TONES[character] !== undefined) {
      tone += TELEX_TONES[character];
    } else {
      keys += letter + shape + tone;
      [letter, shape, tone] = [character, '', ''];
    }
  }
  return keys + letter + shape + tone;
}

const SEPARATORS = /[\s\p{Pd}._·•/\\]+/gu;

/**
 * One spelling of a short code as a citizen may type it: any case, with or without the
 * printed dash, spaces or dots, full-width or compatibility forms (NFKC), Cyrillic or Greek
 * look-alikes of its letters, and what a Telex keyboard made of its letters. The code
 * alphabet has no 0/O, 1/I/L, so there are no Latin look-alikes to fold.
 */
export function canonicalShortCode(text: string): string {
  const upper = text.normalize('NFKC').toUpperCase();
  const latin = Array.from(upper, (character) => LOOK_ALIKES[character] ?? character).join('');
  const untyped = telexKeys(latin);
  return untyped.replace(SEPARATORS, '').normalize('NFC');
}

/**
 * The credential a text names, in one spelling: a link token as it is (its case matters),
 * anything else as a short code. Attempts are counted and credentials looked up by it.
 */
export function canonicalCredential(text: string): string {
  return TOKEN.test(text) ? `token:${text}` : `code:${canonicalShortCode(text)}`;
}

/**
 * What a citizen typed or followed: a link token, or the short code in any of the
 * spellings canonicalShortCode folds. Anything else cannot be a credential.
 */
export function readCredential(text: string): CredentialLookup | undefined {
  if (TOKEN.test(text)) {
    return { kind: 'token', digest: tokenDigest(text) };
  }
  const code = canonicalShortCode(text);
  if (SHORT_CODE.test(code)) {
    return { kind: 'code', digest: codeDigest(code) };
  }
  return undefined;
}

/** Compares two hex digests in constant time (equal lengths; unequal lengths never match). */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
