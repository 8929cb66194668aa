import { readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

export class InvalidConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * Validates environment variables against a class-validator class and returns the typed,
 * converted result. Every bad variable is reported at once, so a deployment fails fast
 * with the whole list instead of one restart per mistake. A secret may come from a file:
 * `X_FILE=/run/secrets/x` sets X to the file's content (Docker and Kubernetes secrets).
 */
export function validateEnvironment<T extends object>(
  schema: new () => T,
  environment: Record<string, string | undefined>,
): T {
  const defaults = new schema();
  const unreadable: string[] = [];
  const valueOf = (key: string): string | undefined => {
    // A setting that is itself a path (AUTH_PUBLIC_KEY_FILE) keeps its meaning.
    const file = `${key}_FILE` in defaults ? undefined : environment[`${key}_FILE`];
    if (!file) {
      return environment[key];
    }
    try {
      return readFileSync(file, 'utf8').trim();
    } catch (error) {
      unreadable.push(`${key}_FILE (got ${JSON.stringify(file)}): ${(error as Error).message}`);
      return undefined;
    }
  };
  const provided = Object.fromEntries(
    Object.keys(defaults)
      .map((key) => [key, valueOf(key)] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  if (unreadable.length > 0) {
    throw new InvalidConfigurationError(unreadable);
  }
  const config = plainToInstance(
    schema,
    { ...defaults, ...provided },
    {
      enableImplicitConversion: true,
      exposeDefaultValues: true,
    },
  );
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new InvalidConfigurationError(
      errors.map(
        (error) =>
          `${error.property} (got ${JSON.stringify(provided[error.property] ?? null)}): ${Object.values(error.constraints ?? {}).join('; ')}`,
      ),
    );
  }
  return config;
}
