import { ServiceEnvironment } from '@libs/config';

export class SurveyEnvironment extends ServiceEnvironment {
  override PORT = 3004;
  override MONGO_DB = 'survey';
}
