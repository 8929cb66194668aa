import { ServiceEnvironment } from '@libs/config';

export class FeedbackEnvironment extends ServiceEnvironment {
  override PORT = 3005;
  override MONGO_DB = 'feedback';
}
