import { generateSigningKeyPair, issueToken, Role } from '@libs/auth';

export const TEST_ISSUER = 'local-dev';
export const TEST_AUDIENCE = 'chinh-quyen-than-thien';

/**
 * A throwaway identity provider: its own key pair, the environment services need to trust
 * it, and signed tokens for any role and communes.
 */
export class TestAuthority {
  private readonly keys = generateSigningKeyPair();

  /** Settings for a service under test (all other AUTH_* settings keep their defaults). */
  get environment(): { AUTH_PUBLIC_KEY: string; AUTH_ISSUER: string; AUTH_AUDIENCE: string } {
    return {
      AUTH_PUBLIC_KEY: this.keys.publicKeyPem,
      AUTH_ISSUER: TEST_ISSUER,
      AUTH_AUDIENCE: TEST_AUDIENCE,
    };
  }

  token(options: {
    roles: Role[];
    communes?: string[];
    province?: string;
    subject?: string;
    expiresInSeconds?: number;
    issuedAt?: Date;
    issuer?: string;
  }): Promise<string> {
    return issueToken({
      principal: {
        subject:
          options.subject ??
          `${options.roles.join('+')}-${(options.communes ?? []).join('-') || options.province || 'none'}`,
        roles: options.roles,
        communes: options.communes ?? [],
        ...(options.province ? { provinceCode: options.province } : {}),
      },
      issuer: options.issuer ?? TEST_ISSUER,
      audience: TEST_AUDIENCE,
      privateKeyPem: this.keys.privateKeyPem,
      expiresInSeconds: options.expiresInSeconds ?? 3600,
      ...(options.issuedAt ? { now: options.issuedAt } : {}),
    });
  }

  /** `Authorization` header value. */
  async bearer(options: Parameters<TestAuthority['token']>[0]): Promise<string> {
    return `Bearer ${await this.token(options)}`;
  }
}
