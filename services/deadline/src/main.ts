import 'reflect-metadata';

import { validateEnvironment } from '@libs/config';
import { startService } from '@libs/service-kit';

import { DeadlineEnvironment } from './config/deadline.environment';
import { DeadlineModule } from './deadline.module';

async function main(): Promise<void> {
  const environment = validateEnvironment(DeadlineEnvironment, process.env);
  await startService(DeadlineModule.register(environment), environment, {
    name: 'deadline',
    title: 'Deadline: không trễ hẹn',
    description:
      'Working-day due dates, due-soon and overdue alerts, apology-and-reschedule, on-time figures.',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
