import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ProceduresHttpController } from './api/procedures.http.controller';
import { ProcedureCatalogueService } from './application/procedure-catalogue.service';
import { ProcedureEntryRepository } from './infrastructure/procedure-entry.repository';
import {
  ProcedureEntryRecord,
  ProcedureEntrySchema,
} from './infrastructure/procedure-entry.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: ProcedureEntryRecord.name, schema: ProcedureEntrySchema }]),
  ],
  controllers: [ProceduresHttpController],
  providers: [ProcedureCatalogueService, ProcedureEntryRepository],
  exports: [ProcedureCatalogueService],
})
export class ProceduresModule {}
