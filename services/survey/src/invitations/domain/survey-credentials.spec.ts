import {
  codeDigest,
  formatShortCode,
  generateCredentials,
  readCredential,
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
});
