import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ProceduresModule } from '../procedures/procedures.module';
import { SequencesModule } from '../sequences/sequences.module';
import { DossierDeadlineConsumer } from './api/dossier-deadline.consumer';
import { DossiersHttpController } from './api/dossiers.http.controller';
import { DossierLifecycleService } from './application/dossier-lifecycle.service';
import { DossierRescheduleService } from './application/dossier-reschedule.service';
import { DossierSlipsService } from './application/dossier-slips.service';
import { ReceiveDossierService } from './application/receive-dossier.service';
import { DossierRepository } from './infrastructure/dossier.repository';
import { DossierRecord, DossierSchema } from './infrastructure/dossier.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: DossierRecord.name, schema: DossierSchema }]),
    ProceduresModule,
    SequencesModule,
  ],
  controllers: [DossiersHttpController, DossierDeadlineConsumer],
  providers: [
    ReceiveDossierService,
    DossierLifecycleService,
    DossierSlipsService,
    DossierRescheduleService,
    DossierRepository,
  ],
  exports: [DossierRepository],
})
export class DossiersModule {}
