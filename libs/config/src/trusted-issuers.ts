import { registerDecorator, ValidationOptions } from 'class-validator';

/** One entry of AUTH_TRUSTED_ISSUERS: an issuer and exactly one source of its keys. */
export interface TrustedIssuerSetting {
  issuer: string;
  jwksUrl?: string;
  publicKeyFile?: string;
}

const FIELDS = new Set(['issuer', 'jwksUrl', 'publicKeyFile']);

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Reads AUTH_TRUSTED_ISSUERS, a JSON array such as
 * `[{"issuer":"https://id.example.vn/realms/x","jwksUrl":"https://id.example.vn/realms/x/protocol/openid-connect/certs"}]`.
 * Returns the entries and every problem found (empty text: no entries).
 */
export function readTrustedIssuers(raw: string): {
  issuers: TrustedIssuerSetting[];
  problems: string[];
} {
  if (raw.trim() === '') {
    return { issuers: [], problems: [] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { issuers: [], problems: ['is not valid JSON'] };
  }
  if (!Array.isArray(parsed)) {
    return { issuers: [], problems: ['must be a JSON array of {issuer, jwksUrl | publicKeyFile}'] };
  }
  const problems: string[] = [];
  const issuers: TrustedIssuerSetting[] = [];
  const seen = new Set<string>();
  parsed.forEach((entry: unknown, index) => {
    const at = `entry ${index}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${at} must be an object`);
      return;
    }
    const fields = entry as Record<string, unknown>;
    const unknown = Object.keys(fields).filter((key) => !FIELDS.has(key));
    if (unknown.length > 0) {
      problems.push(`${at} has unknown fields ${unknown.join(', ')}`);
    }
    const { issuer, jwksUrl, publicKeyFile } = fields;
    if (typeof issuer !== 'string' || issuer.trim() === '') {
      problems.push(`${at} needs an issuer`);
    } else if (seen.has(issuer)) {
      problems.push(`${at} repeats issuer ${issuer}`);
    } else {
      seen.add(issuer);
    }
    const sources = [jwksUrl, publicKeyFile].filter((source) => source !== undefined);
    if (sources.length !== 1) {
      problems.push(`${at} needs exactly one of jwksUrl or publicKeyFile`);
    } else if (jwksUrl !== undefined && (typeof jwksUrl !== 'string' || !isHttpUrl(jwksUrl))) {
      problems.push(`${at} jwksUrl must be an http(s) URL`);
    } else if (
      publicKeyFile !== undefined &&
      (typeof publicKeyFile !== 'string' || publicKeyFile.trim() === '')
    ) {
      problems.push(`${at} publicKeyFile must be a path`);
    }
    if (problems.length === 0) {
      issuers.push({
        issuer: issuer as string,
        ...(typeof jwksUrl === 'string' ? { jwksUrl } : {}),
        ...(typeof publicKeyFile === 'string' ? { publicKeyFile } : {}),
      });
    }
  });
  return problems.length > 0 ? { issuers: [], problems } : { issuers, problems };
}

/** Validates a string property with readTrustedIssuers, reporting every problem. */
export function IsTrustedIssuerList(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol): void => {
    registerDecorator({
      name: 'isTrustedIssuerList',
      target: target.constructor,
      propertyName: String(propertyName),
      ...(options ? { options } : {}),
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && readTrustedIssuers(value).problems.length === 0,
        defaultMessage: (args) =>
          typeof args?.value === 'string'
            ? `${args.property} ${readTrustedIssuers(args.value).problems.join('; ')}`
            : `${args?.property ?? 'value'} must be a JSON array`,
      },
    });
  };
}
