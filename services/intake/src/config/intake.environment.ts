import { ServiceEnvironment } from '@libs/config';

export class IntakeEnvironment extends ServiceEnvironment {
  override PORT = 3001;
  override MONGO_DB = 'intake';
}
