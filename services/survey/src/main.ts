import 'reflect-metadata';

import { validateEnvironment } from '@libs/config';
import { startService } from '@libs/service-kit';

import { SurveyEnvironment } from './config/survey.environment';
import { SurveyModule } from './survey.module';

async function main(): Promise<void> {
  const environment = validateEnvironment(SurveyEnvironment, process.env);
  await startService(SurveyModule.register(environment), environment, {
    name: 'survey',
    title: 'Survey: khảo sát sự hài lòng',
    description:
      'Satisfaction surveys after every returned result, campaigns, the desk satisfaction rate (not the SIPAS index), SIPAS elements and 5-3-4 conduct figures.',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
