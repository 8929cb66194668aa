import 'reflect-metadata';

import { Logger } from 'nestjs-pino';

import { validateEnvironment } from '@libs/config';

import { ConsoleEnvironment } from './config/console.environment';
import { createConsoleApp } from './create-console-app';

async function main(): Promise<void> {
  const environment = validateEnvironment(ConsoleEnvironment, process.env);
  const app = await createConsoleApp(environment);
  await app.listen(environment.PORT, environment.HTTP_HOST);
  app
    .get(Logger)
    .log(
      `console listening on http://${environment.HTTP_HOST}:${environment.PORT} (APIs under /api/<service>, sign-in ${environment.OIDC_ISSUER})`,
    );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
