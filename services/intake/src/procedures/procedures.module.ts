import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { ConductCodeHttpController } from './api/conduct-code.http.controller';
import { ProceduresHttpController } from './api/procedures.http.controller';
import { PublicBoardHttpController } from './api/public-board.http.controller';
import { ProcedureCatalogueService } from './application/procedure-catalogue.service';
import { ProcedureEntryStore } from './domain/procedure-entry.store';
import { ProcedureEntryRepository } from './infrastructure/procedure-entry.repository';
import {
  ProcedureEntryRecord,
  ProcedureEntrySchema,
} from './infrastructure/procedure-entry.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: ProcedureEntryRecord.name, schema: ProcedureEntrySchema }]),
  ],
  controllers: [ProceduresHttpController, PublicBoardHttpController, ConductCodeHttpController],
  providers: [
    ProcedureCatalogueService,
    ProcedureEntryRepository,
    { provide: ProcedureEntryStore, useExisting: ProcedureEntryRepository },
  ],
  exports: [ProcedureCatalogueService],
})
export class ProceduresModule {}
