import { ServiceEnvironment } from '@libs/config';

export class DeadlineEnvironment extends ServiceEnvironment {
  override PORT = 3002;
  override MONGO_DB = 'deadline';
}
