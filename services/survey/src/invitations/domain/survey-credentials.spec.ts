import {
  canonicalCredential,
  canonicalShortCode,
  codeDigest,
  formatShortCode,
  generateCredentials,
  readCredential,
  sameDigest,
  SHORT_CODE_ALPHABET,
  tokenDigest,
} from './survey-credentials';

describe('survey credentials', () => {
  it('should draw a 43-character link token and an 8-character unambiguous code', () => {
    const { token, code } = generateCredentials();

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('should not draw the same credentials twice', () => {
    const drawn = Array.from({ length: 200 }, () => generateCredentials());

    expect(new Set(drawn.map((credentials) => credentials.token)).size).toBe(200);
    expect(new Set(drawn.map((credentials) => credentials.code)).size).toBe(200);
  });

  it('should read a code typed in lower case, with spaces or the printed dash', () => {
    const expected = { kind: 'code', digest: codeDigest('K7QM3XHP') };

    expect(readCredential('K7QM-3XHP')).toEqual(expected);
    expect(readCredential('k7qm 3xhp')).toEqual(expected);
    expect(formatShortCode('K7QM3XHP')).toBe('K7QM-3XHP');
  });

  it('should read a link token as a token and refuse anything else', () => {
    const { token } = generateCredentials();

    expect(readCredential(token)).toEqual({ kind: 'token', digest: tokenDigest(token) });
    expect(readCredential('K7QM-3XH0')).toBeUndefined();
    expect(readCredential('')).toBeUndefined();
    expect(readCredential('x'.repeat(500))).toBeUndefined();
  });

  it('should keep token and code digests apart', () => {
    expect(tokenDigest('K7QM3XHP')).not.toBe(codeDigest('K7QM3XHP'));
  });

  it('should fold every spelling of a code a citizen may type into one (review L3)', () => {
    const spellings = [
      'R5KK-PMNY',
      'r5kkpmny',
      ' r5kk pmny ',
      'R5KK–PMNY', // en dash
      'R5KK.PMNY',
      'Ｒ５ＫＫ－ＰＭＮＹ', // full-width, as some phone keyboards type
      'R5КК-РМNY', // Cyrillic К, Р, М
      'R5KK-PMNY'.normalize('NFD'),
    ];

    for (const spelling of spellings) {
      expect(canonicalShortCode(spelling)).toBe('R5KKPMNY');
      expect(canonicalCredential(spelling)).toBe('code:R5KKPMNY');
      expect(readCredential(spelling)).toEqual({ kind: 'code', digest: codeDigest('R5KKPMNY') });
    }
  });

  it('should read back the keys a Telex keyboard turned into Vietnamese letters', () => {
    expect(canonicalShortCode('Đ7ÂWK-MNPQ')).toBe('DD7AAWKMNPQ');
    expect(canonicalShortCode('ĐÁ3K-MNPQ')).toBe('DDAS3KMNPQ');
    expect(canonicalShortCode('ĐẬ3K-MNPQ'.toLowerCase())).toBe('DDAAJ3KMNPQ');
    // "KEES-MNPQ" typed with Telex on: "ee" made "ê" and the "s" after it a tone mark.
    expect(readCredential('kế-mnpq')).toEqual({ kind: 'code', digest: codeDigest('KEESMNPQ') });
    expect(readCredential('kđa-smnp')).toEqual({ kind: 'code', digest: codeDigest('KDDASMNP') });
  });

  it('should keep a link token as it is: its case is part of the secret', () => {
    const { token } = generateCredentials();

    expect(canonicalCredential(token)).toBe(`token:${token}`);
    expect(canonicalCredential(token.toUpperCase())).not.toBe(`token:${token}`);
  });

  it('should compare digests in constant time and never match digests of other lengths', () => {
    const digest = codeDigest('R5KKPMNY');

    expect(sameDigest(digest, codeDigest('R5KKPMNY'))).toBe(true);
    expect(sameDigest(digest, codeDigest('R5KKPMNZ'))).toBe(false);
    expect(sameDigest(digest, digest.slice(0, 32))).toBe(false);
    expect(sameDigest('', '')).toBe(false);
  });
});
