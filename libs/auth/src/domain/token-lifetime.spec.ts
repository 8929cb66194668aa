import { DEFAULT_TOKEN_LIFETIME_POLICY, tokenLifetimeProblem } from './token-lifetime';

const NOW = 1_800_000_000;
const HOUR = 3600;
const policy = DEFAULT_TOKEN_LIFETIME_POLICY;

describe('tokenLifetimeProblem', () => {
  it('should accept a working-day token and one of exactly 12 hours', () => {
    expect(tokenLifetimeProblem({ iat: NOW, exp: NOW + 8 * HOUR }, NOW, policy)).toBeUndefined();
    expect(tokenLifetimeProblem({ iat: NOW, exp: NOW + 12 * HOUR }, NOW, policy)).toBeUndefined();
  });

  it('should refuse a token without exp', () => {
    expect(tokenLifetimeProblem({ iat: NOW }, NOW, policy)).toMatch(/no expiry/);
    expect(tokenLifetimeProblem({ iat: NOW, exp: null }, NOW, policy)).toMatch(/no expiry/);
  });

  it('should refuse a lifetime beyond the limit, counted from iat', () => {
    expect(tokenLifetimeProblem({ iat: NOW, exp: NOW + 12 * HOUR + 1 }, NOW, policy)).toMatch(
      /longer than 43200 s/,
    );
    // issued long ago: still refused although little of it remains
    expect(
      tokenLifetimeProblem({ iat: NOW - 100 * 24 * HOUR, exp: NOW + HOUR }, NOW, policy),
    ).toMatch(/longer than/);
  });

  it('should count from now, with the skew, when the token has no iat', () => {
    expect(tokenLifetimeProblem({ exp: NOW + 12 * HOUR + 30 }, NOW, policy)).toBeUndefined();
    expect(tokenLifetimeProblem({ exp: NOW + 12 * HOUR + 31 }, NOW, policy)).toMatch(/longer/);
  });

  it('should refuse an iat in the future beyond the clock skew', () => {
    expect(tokenLifetimeProblem({ iat: NOW + 30, exp: NOW + HOUR }, NOW, policy)).toBeUndefined();
    expect(tokenLifetimeProblem({ iat: NOW + 31, exp: NOW + HOUR }, NOW, policy)).toMatch(
      /in the future/,
    );
    expect(
      tokenLifetimeProblem({ iat: NOW + 3650 * 24 * HOUR, exp: NOW + 3651 * 24 * HOUR }, NOW, {
        ...policy,
        maxLifetimeSeconds: 48 * HOUR,
      }),
    ).toMatch(/in the future/);
  });

  it('should follow a configured limit and skew', () => {
    const strict = { maxLifetimeSeconds: HOUR, clockSkewSeconds: 0 };

    expect(tokenLifetimeProblem({ iat: NOW, exp: NOW + 2 * HOUR }, NOW, strict)).toMatch(/3600 s/);
    expect(tokenLifetimeProblem({ iat: NOW + 1, exp: NOW + HOUR }, NOW, strict)).toMatch(/future/);
  });

  it('should refuse an iat that is not a number', () => {
    expect(tokenLifetimeProblem({ iat: 'yesterday', exp: NOW + HOUR }, NOW, policy)).toMatch(
      /not a number/,
    );
  });
});
