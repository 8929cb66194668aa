import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { ProceduresModule } from '../procedures/procedures.module';
import { SequencesModule } from '../sequences/sequences.module';
import { DossierDeadlineConsumer } from './api/dossier-deadline.consumer';
import { DossierFormsHttpController } from './api/dossier-forms.http.controller';
import { DossiersHttpController } from './api/dossiers.http.controller';
import { DossierAlertsService } from './application/dossier-alerts.service';
import { DossierFormsService } from './application/dossier-forms.service';
import { DossierLifecycleService } from './application/dossier-lifecycle.service';
import { DossierRescheduleService } from './application/dossier-reschedule.service';
import { DossierSlipsService } from './application/dossier-slips.service';
import { ReceiveDossierService } from './application/receive-dossier.service';
import { DossierStore } from './domain/dossier.store';
import { DossierRepository } from './infrastructure/dossier.repository';
import { DossierRecord, DossierSchema } from './infrastructure/dossier.schema';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: DossierRecord.name, schema: DossierSchema }]),
    ProceduresModule,
    SequencesModule,
  ],
  controllers: [DossiersHttpController, DossierFormsHttpController, DossierDeadlineConsumer],
  providers: [
    ReceiveDossierService,
    DossierLifecycleService,
    DossierSlipsService,
    DossierFormsService,
    DossierRescheduleService,
    DossierAlertsService,
    DossierRepository,
    { provide: DossierStore, useExisting: DossierRepository },
  ],
  exports: [DossierRepository, DossierStore, ReceiveDossierService],
})
export class DossiersModule {}
