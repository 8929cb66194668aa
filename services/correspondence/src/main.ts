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
      'Letters generated from events (a registered birth yields one congratulation letter to the parents), and their register.',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
