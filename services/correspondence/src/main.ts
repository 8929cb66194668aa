import 'reflect-metadata';

import { validateEnvironment } from '@libs/config';
import { startService } from '@libs/service-kit';

import { CorrespondenceEnvironment } from './config/correspondence.environment';
import { CorrespondenceModule } from './correspondence.module';

async function main(): Promise<void> {
  const environment = validateEnvironment(CorrespondenceEnvironment, process.env);
  await startService(CorrespondenceModule.register(environment), environment, {
    name: 'correspondence',
    title: 'Correspondence: thư chúc mừng, chia buồn, xin lỗi, cảm ơn',
    description:
      'Congratulation, condolence, apology (Mẫu 04) and thank-you letters written once from events, in versioned Vietnamese templates per commune; printable PDFs, daily print batches, e-mail and SMS delivery with retries; the letter register and counts.',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
