import 'reflect-metadata';

import { validateEnvironment } from '@libs/config';
import { startService } from '@libs/service-kit';

import { IntakeEnvironment } from './config/intake.environment';
import { IntakeModule } from './intake.module';

async function main(): Promise<void> {
  const environment = validateEnvironment(IntakeEnvironment, process.env);
  await startService(IntakeModule.register(environment), environment, {
    name: 'intake',
    title: 'Intake: Bộ phận một cửa',
    description:
      'The commune one-stop desk: civil-status registrations (birth first), dossiers, receipts and citizen lookup.',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
