import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { REPOSITORY_ROOT } from '@libs/testing';

const SCRIPT = join(REPOSITORY_ROOT, 'deploy', 'local', 'keycloak.sh');

export interface LocalKeycloak {
  issuer: string;
  jwksUrl: string;
  clientId: string;
  /** Whether this run started it (and so stops it). */
  startedHere: boolean;
}

/**
 * Keycloak through the project's own script (deploy/local/keycloak.sh, which infra.sh up also
 * runs): reused when it is running, otherwise fetched from Maven Central if needed and started.
 * Throws with the script's own explanation when it cannot start; nothing is skipped.
 */
export function startLocalKeycloak(): LocalKeycloak {
  const running = spawnSync('bash', [SCRIPT, 'status'], { stdio: 'ignore' }).status === 0;
  if (!running) {
    const started = spawnSync('bash', [SCRIPT, 'up'], { encoding: 'utf8' });
    if (started.status !== 0) {
      throw new Error(
        `Keycloak could not start (deploy/local/keycloak.sh up exited ${started.status}):\n${started.stderr}${started.stdout}`,
      );
    }
  }
  const exported = execFileSync('bash', [SCRIPT, 'env'], { encoding: 'utf8' });
  const read = (name: string): string => {
    const match = new RegExp(`${name}=(\\S+)`).exec(exported);
    if (!match?.[1]) {
      throw new Error(`deploy/local/keycloak.sh env did not export ${name}`);
    }
    return match[1];
  };
  return {
    issuer: read('OIDC_ISSUER'),
    jwksUrl: read('OIDC_JWKS_URL'),
    clientId: read('OIDC_CLIENT_ID'),
    startedHere: !running,
  };
}

export function stopLocalKeycloak(): void {
  execFileSync('bash', [SCRIPT, 'down'], { stdio: 'inherit' });
}
