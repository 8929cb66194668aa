import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@libs/service-kit';
import { CorrespondenceEnvironment } from './config/correspondence.environment';
import { LettersModule } from './letters/letters.module';

@Module({})
export class CorrespondenceModule {
  static register(environment: CorrespondenceEnvironment): DynamicModule {
    return {
      module: CorrespondenceModule,
      imports: [ServiceKitModule.forRoot('correspondence', environment), LettersModule],
    };
  }
}
