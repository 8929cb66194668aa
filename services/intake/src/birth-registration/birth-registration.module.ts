import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { BirthRegistrationHttpController } from './api/birth-registration.http.controller';
import { RegisterBirthService } from './application/register-birth.service';
import { BirthRegistrationStore } from './domain/birth-registration.store';
import { BirthRegistrationRepository } from './infrastructure/birth-registration.repository';
import {
  BirthRegistrationRecord,
  BirthRegistrationSchema,
} from './infrastructure/birth-registration.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: BirthRegistrationRecord.name, schema: BirthRegistrationSchema },
    ]),
  ],
  controllers: [BirthRegistrationHttpController],
  providers: [
    RegisterBirthService,
    BirthRegistrationRepository,
    { provide: BirthRegistrationStore, useExisting: BirthRegistrationRepository },
  ],
})
export class BirthRegistrationModule {}
