import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CasesModule } from '../cases/cases.module';
import { ReceptionComplianceHttpController } from './api/reception-compliance.http.controller';
import { ReceptionsHttpController } from './api/receptions.http.controller';
import { ReceptionsService } from './application/receptions.service';
import { ReceptionRepository } from './infrastructure/reception.repository';
import { ReceptionRecord, ReceptionSchema } from './infrastructure/reception.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: ReceptionRecord.name, schema: ReceptionSchema }]),
    CasesModule,
  ],
  controllers: [ReceptionsHttpController, ReceptionComplianceHttpController],
  providers: [ReceptionsService, ReceptionRepository],
})
export class ReceptionsModule {}
