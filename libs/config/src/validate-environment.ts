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
 * with the whole list instead of one restart per mistake.
 */
export function validateEnvironment<T extends object>(
  schema: new () => T,
  environment: Record<string, string | undefined>,
): T {
  const defaults = new schema();
  const provided = Object.fromEntries(
    Object.keys(defaults)
      .filter((key) => environment[key] !== undefined && environment[key] !== '')
      .map((key) => [key, environment[key]]),
  );
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
