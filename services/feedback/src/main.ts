import 'reflect-metadata';

import { validateEnvironment } from '@libs/config';
import { startService } from '@libs/service-kit';

import { FeedbackEnvironment } from './config/feedback.environment';
import { FeedbackModule } from './feedback.module';

async function main(): Promise<void> {
  const environment = validateEnvironment(FeedbackEnvironment, process.env);
  await startService(FeedbackModule.register(environment), environment, {
    name: 'feedback',
    title: 'Feedback: góp ý, phản ánh, kiến nghị',
    description:
      'Suggestion boxes, petitions and recommendations with response deadlines, citizen receptions and dialogues.',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
