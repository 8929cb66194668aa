import 'reflect-metadata';

import { validateEnvironment } from '@libs/config';
import { startService } from '@libs/service-kit';

import { ReportingEnvironment } from './config/reporting.environment';
import { ReportingModule } from './reporting.module';

async function main(): Promise<void> {
  const environment = validateEnvironment(ReportingEnvironment, process.env);
  await startService(ReportingModule.register(environment), environment, {
    name: 'reporting',
    title: 'Reporting: báo cáo, đánh giá mô hình',
    description:
      'Per commune and period figures built only from the services’ events (dossiers, letters, surveys, feedback), the province table of communes meeting the model and progress toward the 2025 and 2030 targets; CSV export.',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
