import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { Role, ROLES } from '../domain/principal';
import { generateSigningKeyPair, issueToken } from '../domain/token-issuer';

const USAGE = `Issues signed tokens for local use and tests (production tokens come from the identity provider).

  npm run token -- --init
      create the local key pair in .local/auth/ (once; kept afterwards)
  npm run token -- --role officer --commune 14797 [--commune 14798] [--province 38]
                   [--subject can-bo-1] [--name "Nguyễn Văn A"] [--hours 8]
      print a bearer token; roles: ${ROLES.join(', ')}

Services verify with AUTH_PUBLIC_KEY_FILE=.local/auth/dev-public.pem, AUTH_ISSUER=local-dev,
AUTH_AUDIENCE=chinh-quyen-than-thien (their defaults apart from the key file), and refuse
tokens living longer than AUTH_MAX_TOKEN_LIFETIME_SECONDS (12 hours by default).`;

function keyPaths(directory: string): { privateKey: string; publicKey: string } {
  return {
    privateKey: join(directory, 'dev-private.pem'),
    publicKey: join(directory, 'dev-public.pem'),
  };
}

export function ensureLocalKeys(directory: string): { privateKey: string; publicKey: string } {
  const paths = keyPaths(directory);
  if (!existsSync(paths.privateKey) || !existsSync(paths.publicKey)) {
    mkdirSync(directory, { recursive: true });
    const pair = generateSigningKeyPair();
    writeFileSync(paths.privateKey, pair.privateKeyPem, { mode: 0o600 });
    writeFileSync(paths.publicKey, pair.publicKeyPem);
  }
  return paths;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      init: { type: 'boolean', default: false },
      role: { type: 'string', multiple: true },
      commune: { type: 'string', multiple: true },
      province: { type: 'string' },
      subject: { type: 'string' },
      name: { type: 'string' },
      hours: { type: 'string', default: '8' },
      keys: { type: 'string', default: resolve('.local', 'auth') },
      issuer: { type: 'string', default: 'local-dev' },
      audience: { type: 'string', default: 'chinh-quyen-than-thien' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const paths = ensureLocalKeys(values.keys);
  if (values.init) {
    process.stdout.write(`${paths.publicKey}\n`);
    return;
  }
  const roles = values.role ?? [];
  const unknown = roles.filter((role) => !ROLES.includes(role as Role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new Error(
      `--role must be one or more of ${ROLES.join(', ')}${unknown.length ? ` (got ${unknown.join(', ')})` : ''}`,
    );
  }
  if (!(Number(values.hours) > 0)) {
    throw new Error('--hours must be a positive number');
  }
  const token = await issueToken({
    principal: {
      subject: values.subject ?? `${roles[0]}-local`,
      ...(values.name ? { name: values.name } : {}),
      roles: roles as Role[],
      communes: values.commune ?? [],
      ...(values.province ? { provinceCode: values.province } : {}),
    },
    issuer: values.issuer,
    audience: values.audience,
    privateKeyPem: readFileSync(paths.privateKey, 'utf8'),
    expiresInSeconds: Math.round(Number(values.hours) * 3600),
  });
  process.stdout.write(`${token}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
  process.exit(1);
});
