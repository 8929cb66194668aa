import { ServiceEnvironment } from '@libs/config';

export class CorrespondenceEnvironment extends ServiceEnvironment {
  override PORT = 3003;
  override MONGO_DB = 'correspondence';
}
