import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const REPO_ROOT = join(__dirname, '..', '..');
const SERVICES = [
  'intake',
  'deadline',
  'correspondence',
  'survey',
  'feedback',
  'reporting',
] as const;
const DOCKERFILE = 'deploy/docker/Dockerfile';

interface ComposeService {
  image?: string;
  command?: string | string[];
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> | string[] };
  ports?: Array<string | { published?: string | number; target?: number }>;
  environment?: Record<string, string | number> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  networks?: Record<string, { ipv4_address?: string } | null>;
}

interface ComposeFile {
  services?: Record<string, ComposeService>;
  networks?: Record<string, { ipam?: { config?: { subnet?: string }[] } }>;
}

function loadCompose(relativePath: string): ComposeFile {
  // merge: compose files use YAML merge keys (<<: *anchor) for the shared service settings
  return parse(readFileSync(join(REPO_ROOT, relativePath), 'utf8'), { merge: true }) as ComposeFile;
}

function defaultPort(service: string): number {
  const file = join(REPO_ROOT, 'services', service, 'src', 'config', `${service}.environment.ts`);
  const match = /PORT(?:: number)? = (\d+)/.exec(readFileSync(file, 'utf8'));
  if (!match) {
    throw new Error(`No default PORT in ${file}`);
  }
  return Number(match[1]);
}

function publishedPorts(service: ComposeService): Array<{ published: number; target: number }> {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'string') {
      // [ip:]published:target[/protocol]
      const parts = port.replace(/\/\w+$/, '').split(':');
      return {
        published: Number(parts[parts.length - 2]),
        target: Number(parts[parts.length - 1]),
      };
    }
    return { published: Number(port.published), target: Number(port.target) };
  });
}

function buildArgs(service: ComposeService): Record<string, string> {
  const args = service.build?.args ?? {};
  if (Array.isArray(args)) {
    return Object.fromEntries(args.map((entry) => entry.split('=', 2) as [string, string]));
  }
  return args;
}

function environmentOf(service: ComposeService): Record<string, string> {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(environment.map((entry) => entry.split('=', 2) as [string, string]));
  }
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [key, String(value)]),
  );
}

function dependsOn(service: ComposeService): string[] {
  const dependencies = service.depends_on ?? [];
  return Array.isArray(dependencies) ? dependencies : Object.keys(dependencies);
}

describe('docker compose files', () => {
  const infrastructure = loadCompose('docker-compose.yml');
  const override = loadCompose('deploy/docker/docker-compose.services.yml');
  const infraServices = infrastructure.services ?? {};
  const appServices = override.services ?? {};

  it('should define kafka and mongo in the infrastructure file', () => {
    expect(Object.keys(infraServices)).toEqual(expect.arrayContaining(['kafka', 'mongo']));
    expect(infraServices.kafka?.image).toMatch(/^apache\/kafka:/);
    expect(infraServices.mongo?.image).toMatch(/^mongo:/);
  });

  it('should run mongo as a replica set and give both infrastructure services a healthcheck', () => {
    const command = infraServices.mongo?.command;
    const words = Array.isArray(command) ? command : (command ?? '').split(/\s+/);
    expect(words).toContain('--replSet');
    expect(words[words.indexOf('--replSet') + 1]).toBe('rs0');
    expect(infraServices.kafka?.healthcheck?.test).toBeDefined();
    expect(infraServices.mongo?.healthcheck?.test).toBeDefined();
  });

  it('should point at a Dockerfile that exists', () => {
    expect(existsSync(join(REPO_ROOT, DOCKERFILE))).toBe(true);
  });

  it('should define exactly the six services, the console and the ACL job in the override', () => {
    expect(Object.keys(appServices).sort()).toEqual(
      [...SERVICES, 'console', 'kafka-access'].sort(),
    );
  });

  it('should let no stranger into the broker or the store', () => {
    const kafkaStart = readFileSync(join(REPO_ROOT, 'deploy/docker/kafka/start-kafka.sh'), 'utf8');
    expect(kafkaStart).toMatch(
      /^listener\.security\.protocol\.map=INTERNAL:SASL_SSL,HOST:SASL_SSL,CONTROLLER:SASL_SSL$/m,
    );
    expect(kafkaStart).toMatch(/^allow\.everyone\.if\.no\.acl\.found=false$/m);
    expect(kafkaStart).toMatch(/^authorizer\.class\.name=.*StandardAuthorizer$/m);
    const mongoCommand = infraServices.mongo?.command ?? [];
    expect(mongoCommand).toContain('--keyFile');
    expect(environmentOf(infraServices.mongo ?? {}).MONGO_INITDB_ROOT_PASSWORD_FILE).toBe(
      '/secrets/mongo-root',
    );
    const access = appServices['kafka-access'] ?? {};
    expect(access.command).toContain('dist/libs/messaging/src/cli/provision-kafka-access.js');
    expect(environmentOf(access).KAFKA_SASL_USERNAME).toBe('admin');
  });

  describe('the console', () => {
    const consoleService = (): ComposeService => appServices.console ?? {};

    it('should be built from the shared Dockerfile and publish its default PORT', () => {
      expect(consoleService().build?.dockerfile).toBe(DOCKERFILE);
      expect(buildArgs(consoleService()).SERVICE).toBe('console');
      const port = defaultPort('console');
      expect(publishedPorts(consoleService())).toEqual([{ published: port, target: port }]);
      expect(environmentOf(consoleService()).PORT).toBe(String(port));
      expect(consoleService().healthcheck?.test).toBeDefined();
    });

    it('should reach every service on its port over the compose network, and wait for them', () => {
      const environment = environmentOf(consoleService());
      for (const name of SERVICES) {
        expect(environment[`${name.toUpperCase()}_URL`]).toBe(
          `http://${name}:${defaultPort(name)}`,
        );
      }
      expect(dependsOn(consoleService()).sort()).toEqual([...SERVICES].sort());
    });

    it('should be the one proxy the services trust to name the citizen behind it', () => {
      const address = consoleService().networks?.default?.ipv4_address;
      expect(override.networks?.default?.ipam?.config?.[0]?.subnet).toBe('172.29.0.0/24');
      expect(address).toMatch(/^172\.29\.0\.\d+$/);
      for (const name of SERVICES) {
        expect({ name, trusted: environmentOf(appServices[name] ?? {}).TRUSTED_PROXIES }).toEqual({
          name,
          trusted: address,
        });
      }
    });

    it('should send browsers to sign in where the realm says, at the published Keycloak', () => {
      const keycloakPort = publishedPorts(infraServices.keycloak ?? {})[0]?.published;
      expect(environmentOf(consoleService()).OIDC_ISSUER).toBe(
        `http://127.0.0.1:${keycloakPort}/realms/chinh-quyen-than-thien`,
      );
    });
  });

  describe.each(SERVICES)('service %s', (name) => {
    const service = (): ComposeService => {
      const definition = appServices[name];
      if (!definition) {
        throw new Error(`service ${name} is missing from the override`);
      }
      return definition;
    };

    it('should have an entry point on disk', () => {
      expect(existsSync(join(REPO_ROOT, 'services', name, 'src', 'main.ts'))).toBe(true);
    });

    it('should be built from the shared Dockerfile with SERVICE set to its name', () => {
      expect(service().build?.dockerfile).toBe(DOCKERFILE);
      expect(service().build?.context ?? '.').toBe('.');
      expect(buildArgs(service()).SERVICE).toBe(name);
    });

    it('should publish and listen on its default PORT', () => {
      const port = defaultPort(name);
      expect(publishedPorts(service())).toEqual([{ published: port, target: port }]);
      expect(environmentOf(service()).PORT).toBe(String(port));
    });

    it('should reach the infrastructure over the compose network', () => {
      const environment = environmentOf(service());
      expect(environment.HTTP_HOST).toBe('0.0.0.0');
      expect(environment.MONGO_URL).toBeUndefined();
      expect(environment.MONGO_URL_FILE).toBe(`/secrets/mongo-url-${name}`);
      expect(environment.KAFKA_BROKERS).toBe('kafka:19092');
      expect(environment.KAFKA_SSL).toBe('true');
      expect(environment.KAFKA_SASL_MECHANISM).toBe('scram-sha-512');
      expect(environment.KAFKA_SASL_USERNAME).toBe(name);
      expect(environment.KAFKA_SASL_PASSWORD_FILE).toBe(`/secrets/kafka-${name}`);
      expect(service().healthcheck?.test).toBeDefined();
    });

    it('should depend only on services that exist and wait for the infrastructure', () => {
      const known = new Set([...Object.keys(infraServices), ...Object.keys(appServices)]);
      const targets = dependsOn(service());
      expect(targets).toEqual(expect.arrayContaining(['kafka-access', 'mongo']));
      for (const target of targets) {
        expect(known.has(target)).toBe(true);
      }
    });
  });
});
