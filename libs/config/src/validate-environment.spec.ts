import 'reflect-metadata';

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ServiceEnvironment } from './service-environment';
import { InvalidConfigurationError, validateEnvironment } from './validate-environment';

class IntakeEnvironment extends ServiceEnvironment {
  override PORT = 3101;
  override MONGO_DB = 'intake';
  override AUTH_PUBLIC_KEY_FILE = '/run/secrets/auth-public.pem';
}

class KeylessEnvironment extends ServiceEnvironment {
  override MONGO_DB = 'intake';
}

function configurationProblems(environment: Record<string, string | undefined>): string[] {
  try {
    validateEnvironment(IntakeEnvironment, environment);
  } catch (error) {
    if (error instanceof InvalidConfigurationError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('validateEnvironment', () => {
  it('should refuse to start without a way to verify tokens, and accept any one of the three', () => {
    expect(() => validateEnvironment(KeylessEnvironment, {})).toThrow(/AUTH_PUBLIC_KEY_FILE/);
    expect(
      validateEnvironment(KeylessEnvironment, { AUTH_JWKS_URL: 'https://id.example.vn/certs' })
        .AUTH_JWKS_URL,
    ).toBe('https://id.example.vn/certs');
    expect(
      validateEnvironment(KeylessEnvironment, { AUTH_PUBLIC_KEY: 'PEM' }).AUTH_PUBLIC_KEY,
    ).toBe('PEM');
  });

  it('should apply the shared defaults and the service defaults when nothing is set', () => {
    const config = validateEnvironment(IntakeEnvironment, {});

    expect(config).toBeInstanceOf(IntakeEnvironment);
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      HTTP_HOST: '127.0.0.1',
      PORT: 3101,
      MONGO_DB: 'intake',
      MONGO_URL: 'mongodb://127.0.0.1:27017',
      LOG_LEVEL: 'info',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      CONSUMER_MAX_ATTEMPTS: 5,
    });
  });

  it('should refuse the base environment alone, which has no database name', () => {
    expect(() => validateEnvironment(ServiceEnvironment, {})).toThrow(InvalidConfigurationError);
  });

  it('should convert numeric variables from strings', () => {
    const config = validateEnvironment(IntakeEnvironment, {
      PORT: '8080',
      KAFKA_TOPIC_PARTITIONS: '12',
      CONSUMER_RETRY_BASE_MS: '500',
    });

    expect(config.PORT).toBe(8080);
    expect(config.KAFKA_TOPIC_PARTITIONS).toBe(12);
    expect(config.CONSUMER_RETRY_BASE_MS).toBe(500);
  });

  it('should split KAFKA_BROKERS on commas and trim each broker', () => {
    const config = validateEnvironment(IntakeEnvironment, {
      KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092,kafka-3:9092,',
    });

    expect(config.KAFKA_BROKERS).toEqual(['kafka-1:9092', 'kafka-2:9092', 'kafka-3:9092']);
  });

  it('should trust no proxy by default, and read a list of addresses, ranges and range names', () => {
    expect(validateEnvironment(IntakeEnvironment, {}).TRUSTED_PROXIES).toEqual([]);
    expect(
      validateEnvironment(IntakeEnvironment, {
        TRUSTED_PROXIES: 'loopback, 10.42.0.0/16,fd00::/8,192.0.2.10',
      }).TRUSTED_PROXIES,
    ).toEqual(['loopback', '10.42.0.0/16', 'fd00::/8', '192.0.2.10']);
  });

  it('should refuse a trusted proxy that is not an address, a range or a range name', () => {
    for (const wrong of ['console', '10.0.0.0/33', '10.0.0/8', 'fd00::/129', '10.0.0.1/8/1']) {
      expect(configurationProblems({ TRUSTED_PROXIES: `loopback,${wrong}` })).toEqual([
        expect.stringMatching(/^TRUSTED_PROXIES .*IP addresses, CIDR ranges or loopback/),
      ]);
    }
  });

  it('should ignore variables the schema does not declare', () => {
    const config = validateEnvironment(IntakeEnvironment, { PATH: '/usr/bin', HOME: '/root' });

    expect(config).not.toHaveProperty('PATH');
    expect(config).not.toHaveProperty('HOME');
  });

  it('should report every bad variable in one error, with the value given', () => {
    const problems = configurationProblems({
      PORT: 'abc',
      KAFKA_BROKERS: 'nohost',
      LOG_LEVEL: 'loud',
    });

    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT \(got "abc"\): /),
        expect.stringMatching(/^KAFKA_BROKERS \(got "nohost"\): .*KAFKA_BROKERS must be host:port/),
        expect.stringMatching(/^LOG_LEVEL \(got "loud"\): /),
      ]),
    );
  });

  it('should list every problem in the error message', () => {
    expect(() =>
      validateEnvironment(IntakeEnvironment, { PORT: '70000', LOG_LEVEL: 'loud' }),
    ).toThrow(/Invalid configuration:\n {2}- PORT .*\n {2}- LOG_LEVEL /);
  });

  it('should treat an empty variable as unset and keep the default', () => {
    const config = validateEnvironment(IntakeEnvironment, {
      PORT: '',
      MONGO_DB: '',
      KAFKA_BROKERS: '',
    });

    expect(config.PORT).toBe(3101);
    expect(config.MONGO_DB).toBe('intake');
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
  });

  describe('broker credentials', () => {
    it('should require a principal and its password once SASL is chosen', () => {
      expect(configurationProblems({ KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toEqual([
        expect.stringMatching(/^KAFKA_SASL_USERNAME .*required with SASL/),
        expect.stringMatching(/^KAFKA_SASL_PASSWORD .*required with SASL/),
      ]);
      const config = validateEnvironment(IntakeEnvironment, {
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'intake',
        KAFKA_SASL_PASSWORD: 's3cret',
      });
      expect(config.KAFKA_SASL_USERNAME).toBe('intake');
    });

    it('should refuse an unauthenticated broker in production', () => {
      expect(configurationProblems({ NODE_ENV: 'production' })).toEqual([
        expect.stringMatching(/^KAFKA_SASL_MECHANISM .*must not be none in production/),
      ]);
    });

    it('should refuse mechanisms the broker does not offer', () => {
      expect(configurationProblems({ KAFKA_SASL_MECHANISM: 'plain' })).toContainEqual(
        expect.stringMatching(/^KAFKA_SASL_MECHANISM .*none, scram-sha-256 or scram-sha-512/),
      );
    });
  });

  describe('secrets from files', () => {
    const directory = mkdtempSync(join(tmpdir(), 'config-'));
    const passwordFile = join(directory, 'kafka-password');
    writeFileSync(passwordFile, 's3cret\n');

    it('should read X from the file X_FILE names, without its final newline', () => {
      const config = validateEnvironment(IntakeEnvironment, {
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'intake',
        KAFKA_SASL_PASSWORD_FILE: passwordFile,
      });
      expect(config.KAFKA_SASL_PASSWORD).toBe('s3cret');
    });

    it('should leave a setting alone whose _FILE form is a setting of its own', () => {
      const config = validateEnvironment(KeylessEnvironment, {
        AUTH_PUBLIC_KEY_FILE: passwordFile,
      });
      expect(config.AUTH_PUBLIC_KEY).toBe('');
      expect(config.AUTH_PUBLIC_KEY_FILE).toBe(passwordFile);
    });

    it('should name the variable when its file cannot be read', () => {
      expect(
        configurationProblems({ KAFKA_SASL_PASSWORD_FILE: join(directory, 'missing') }),
      ).toEqual([expect.stringMatching(/^KAFKA_SASL_PASSWORD_FILE .*ENOENT/)]);
    });
  });
});
