/** How long a token may live, and how far the identity provider's clock may be off ours. */
export interface TokenLifetimePolicy {
  maxLifetimeSeconds: number;
  clockSkewSeconds: number;
}

/** 12 hours: a working day with overtime; anything longer is a mis-configured client. */
export const DEFAULT_TOKEN_LIFETIME_POLICY: TokenLifetimePolicy = {
  maxLifetimeSeconds: 12 * 3600,
  clockSkewSeconds: 30,
};

/**
 * Why a signed token's times cannot be trusted, or undefined when they can: it must expire
 * (`exp`), live no longer than the policy allows (`exp − iat`, or `exp − now` when it has
 * no `iat`) and not claim to be issued in the future. Expiry itself is checked by the
 * signature verifier.
 */
export function tokenLifetimeProblem(
  claims: { exp?: unknown; iat?: unknown },
  nowSeconds: number,
  policy: TokenLifetimePolicy,
): string | undefined {
  const { exp, iat } = claims;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) {
    return 'token has no expiry (exp)';
  }
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) {
    return 'token issue time (iat) is not a number';
  }
  if (iat !== undefined && iat > nowSeconds + policy.clockSkewSeconds) {
    return 'token is issued in the future (iat)';
  }
  const lifetime = iat === undefined ? exp - nowSeconds - policy.clockSkewSeconds : exp - iat;
  if (lifetime > policy.maxLifetimeSeconds) {
    return `token lives longer than ${policy.maxLifetimeSeconds} s`;
  }
  return undefined;
}
