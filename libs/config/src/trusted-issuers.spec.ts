import 'reflect-metadata';

import { ServiceEnvironment } from './service-environment';
import { readTrustedIssuers } from './trusted-issuers';
import { InvalidConfigurationError, validateEnvironment } from './validate-environment';

class TestEnvironment extends ServiceEnvironment {
  override MONGO_DB = 'intake';
  override AUTH_PUBLIC_KEY_FILE = '/run/secrets/auth-public.pem';
}

const KEYCLOAK = {
  issuer: 'http://127.0.0.1:8180/realms/chinh-quyen-than-thien',
  jwksUrl: 'http://127.0.0.1:8180/realms/chinh-quyen-than-thien/protocol/openid-connect/certs',
};

describe('AUTH_TRUSTED_ISSUERS', () => {
  it('should read a JSON list of issuers with their key sources, and nothing when unset', () => {
    const config = validateEnvironment(TestEnvironment, {
      AUTH_TRUSTED_ISSUERS: JSON.stringify([
        KEYCLOAK,
        { issuer: 'partner', publicKeyFile: '/run/secrets/partner.pem' },
      ]),
    });

    expect(readTrustedIssuers(config.AUTH_TRUSTED_ISSUERS).issuers).toEqual([
      KEYCLOAK,
      { issuer: 'partner', publicKeyFile: '/run/secrets/partner.pem' },
    ]);
    expect(
      readTrustedIssuers(validateEnvironment(TestEnvironment, {}).AUTH_TRUSTED_ISSUERS).issuers,
    ).toEqual([]);
  });

  it('should refuse to start naming every problem of every entry', () => {
    const problems = (() => {
      try {
        validateEnvironment(TestEnvironment, {
          AUTH_TRUSTED_ISSUERS: JSON.stringify([
            { issuer: '', jwksUrl: 'ftp://keys' },
            { ...KEYCLOAK, publicKeyFile: '/k.pem' },
            KEYCLOAK,
            KEYCLOAK,
            { issuer: 'x', jwksUrl: KEYCLOAK.jwksUrl, audience: 'y' },
          ]),
        });
      } catch (error) {
        if (error instanceof InvalidConfigurationError) {
          return error.problems.join('\n');
        }
        throw error;
      }
      throw new Error('expected the configuration to be refused');
    })();

    expect(problems).toMatch(/AUTH_TRUSTED_ISSUERS/);
    expect(problems).toMatch(/entry 0 needs an issuer/);
    expect(problems).toMatch(/entry 0 jwksUrl must be an http\(s\) URL/);
    expect(problems).toMatch(/entry 1 needs exactly one of jwksUrl or publicKeyFile/);
    expect(problems).toMatch(/entry 3 repeats issuer/);
    expect(problems).toMatch(/entry 4 has unknown fields audience/);
  });

  it('should refuse text that is not a JSON array of objects', () => {
    expect(readTrustedIssuers('http://id.example.vn').problems).toEqual(['is not valid JSON']);
    expect(readTrustedIssuers('{"issuer":"x"}').problems[0]).toMatch(/JSON array/);
    expect(readTrustedIssuers('["x"]').problems).toEqual(['entry 0 must be an object']);
  });
});
