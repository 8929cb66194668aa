import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

import { principalFromClaims, ROLES } from '@libs/auth';
import { readTrustedIssuers, ServiceEnvironment } from '@libs/config';
import { CommuneDirectory } from '@libs/reference-data';

/**
 * The realm is data (deploy/keycloak/realm-chinh-quyen-than-thien.json): these checks hold it
 * to what the services read from a token (libs/auth) and to what the scripts and compose use.
 * test/sign-in/keycloak-sign-in.int-spec.ts signs in against it for real.
 */
const REPO_ROOT = join(__dirname, '..', '..');
const REALM_FILE = 'deploy/keycloak/realm-chinh-quyen-than-thien.json';

interface ProtocolMapper {
  protocolMapper: string;
  config: Record<string, string>;
}
interface RealmUser {
  username: string;
  firstName: string;
  lastName: string;
  realmRoles: string[];
  attributes: Record<string, string[]>;
  credentials: { value: string; temporary: boolean }[];
}
interface Realm {
  realm: string;
  roles: { realm: { name: string }[] };
  clients: {
    clientId: string;
    publicClient: boolean;
    standardFlowEnabled: boolean;
    implicitFlowEnabled: boolean;
    directAccessGrantsEnabled: boolean;
    redirectUris: string[];
    attributes: Record<string, string>;
    protocolMappers: ProtocolMapper[];
  }[];
  users: RealmUser[];
}

const realm = JSON.parse(readFileSync(join(REPO_ROOT, REALM_FILE), 'utf8')) as Realm;
const consoleClient = realm.clients.find((client) => client.clientId === 'console');
const mapperFor = (claim: string): ProtocolMapper | undefined =>
  consoleClient?.protocolMappers.find((mapper) => mapper.config['claim.name'] === claim);

/** What the console client's mappers put in a user's access token. */
function accessTokenClaims(user: RealmUser): Record<string, unknown> {
  const communes = mapperFor('communes');
  const province = mapperFor('province');
  return {
    sub: user.username,
    name: `${user.firstName} ${user.lastName}`,
    roles: user.realmRoles,
    communes: user.attributes[communes?.config['user.attribute'] ?? ''] ?? [],
    ...(user.attributes[province?.config['user.attribute'] ?? '']
      ? { province: user.attributes[province?.config['user.attribute'] ?? '']?.[0] }
      : {}),
  };
}

describe('the Keycloak realm', () => {
  it("should define exactly the platform's roles", () => {
    expect(realm.roles.realm.map((role) => role.name).sort()).toEqual([...ROLES].sort());
  });

  it('should let the console sign in only with the Authorization Code flow and PKCE S256', () => {
    expect(consoleClient).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      attributes: { 'pkce.code.challenge.method': 'S256' },
    });
    for (const uri of consoleClient?.redirectUris ?? []) {
      expect(uri).toMatch(/^http:\/\/(127\.0\.0\.1|localhost):3000\/\*$/);
    }
  });

  it('should put roles, communes, province and the services audience into the access token', () => {
    expect(mapperFor('roles')).toMatchObject({
      protocolMapper: 'oidc-usermodel-realm-role-mapper',
      config: { multivalued: 'true', 'access.token.claim': 'true' },
    });
    expect(mapperFor('communes')).toMatchObject({
      protocolMapper: 'oidc-usermodel-attribute-mapper',
      config: { multivalued: 'true', 'access.token.claim': 'true' },
    });
    expect(mapperFor('province')).toMatchObject({
      protocolMapper: 'oidc-usermodel-attribute-mapper',
      config: { multivalued: 'false', 'access.token.claim': 'true' },
    });
    const audience = consoleClient?.protocolMappers.find(
      (mapper) => mapper.protocolMapper === 'oidc-audience-mapper',
    );
    expect(audience?.config['included.custom.audience']).toBe(
      new ServiceEnvironment().AUTH_AUDIENCE,
    );
  });

  it('should have an officer and a leader for Hạc Thành and one more Thanh Hóa commune, and a province user', () => {
    const directory = CommuneDirectory.load();
    const principals = realm.users.map((user) => principalFromClaims(accessTokenClaims(user)));
    const communesOf = (role: string) =>
      principals
        .filter((principal) => principal.roles.includes(role as never))
        .flatMap((p) => p.communes);

    expect(communesOf('officer').sort()).toEqual(['14758', '14797']);
    expect(communesOf('leader').sort()).toEqual(['14758', '14797']);
    expect(principals.filter((p) => p.roles.includes('province'))).toEqual([
      expect.objectContaining({ provinceCode: '38', communes: [] }),
    ]);
    for (const code of principals.flatMap((principal) => principal.communes)) {
      expect(directory.find(code)?.provinceCode).toBe('38');
    }
    expect(directory.find('14797')?.name).toBe('Phường Hạc Thành');
    for (const user of realm.users) {
      expect(user.credentials).toEqual([
        { type: 'password', value: 'Demo@2025', temporary: false },
      ]);
      expect(user.firstName.normalize('NFC')).toBe(user.firstName);
    }
  });

  it('should be the realm the local scripts and docker compose import and trust', () => {
    const script = readFileSync(join(REPO_ROOT, 'deploy/local/keycloak.sh'), 'utf8');
    expect(script).toContain(`REALM=${realm.realm}\n`);
    const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as {
      services: Record<string, { volumes?: string[] }>;
    };
    expect(compose.services.keycloak?.volumes).toContainEqual(
      `./${REALM_FILE}:/opt/keycloak/data/import/realm-chinh-quyen-than-thien.json:ro`,
    );
    const services = parse(
      readFileSync(join(REPO_ROOT, 'deploy/docker/docker-compose.services.yml'), 'utf8'),
      { merge: true },
    ) as { services: Record<string, { environment?: Record<string, string> }> };
    const trusted = readTrustedIssuers(
      services.services.intake?.environment?.AUTH_TRUSTED_ISSUERS ?? '',
    );
    expect(trusted.problems).toEqual([]);
    expect(trusted.issuers).toEqual([
      {
        issuer: `http://127.0.0.1:8180/realms/${realm.realm}`,
        jwksUrl: `http://keycloak:8080/realms/${realm.realm}/protocol/openid-connect/certs`,
      },
    ]);
  });
});
