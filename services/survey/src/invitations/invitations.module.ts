import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';

import { IndexesModule } from '../indexes/indexes.module';
import { QuestionnairesModule } from '../questionnaires/questionnaires.module';
import { InvitationsHttpController } from './api/invitations.http.controller';
import { ReturnedDossiersConsumer } from './api/returned-dossiers.consumer';
import { InvitationIssuer } from './application/invitation-issuer.service';
import { InvitationLifecycleScheduler } from './application/invitation-lifecycle.scheduler';
import { InvitationLifecycleService } from './application/invitation-lifecycle.service';
import { InvitationSlipPdfService } from './application/invitation-slip-pdf.service';
import { InvitationSlipsService } from './application/invitation-slips.service';
import { ReturnedDossiersService } from './application/returned-dossiers.service';
import { InvitationStore } from './domain/invitation.store';
import { ReturnedDossierStore } from './domain/returned-dossier.store';
import { SurveyCredentialStore } from './domain/survey-credential.store';
import { InvitationRepository } from './infrastructure/invitation.repository';
import { InvitationRecord, InvitationSchema } from './infrastructure/invitation.schema';
import { ReturnedDossierRepository } from './infrastructure/returned-dossier.repository';
import {
  ReturnedDossierRecord,
  ReturnedDossierSchema,
} from './infrastructure/returned-dossier.schema';
import { SurveyCredentialRepository } from './infrastructure/survey-credential.repository';
import {
  SurveyCredentialRecord,
  SurveyCredentialSchema,
} from './infrastructure/survey-credential.schema';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: InvitationRecord.name, schema: InvitationSchema },
      { name: ReturnedDossierRecord.name, schema: ReturnedDossierSchema },
      { name: SurveyCredentialRecord.name, schema: SurveyCredentialSchema },
    ]),
    QuestionnairesModule,
    IndexesModule,
  ],
  controllers: [InvitationsHttpController, ReturnedDossiersConsumer],
  providers: [
    InvitationRepository,
    { provide: InvitationStore, useExisting: InvitationRepository },
    ReturnedDossierRepository,
    { provide: ReturnedDossierStore, useExisting: ReturnedDossierRepository },
    SurveyCredentialRepository,
    { provide: SurveyCredentialStore, useExisting: SurveyCredentialRepository },
    InvitationIssuer,
    ReturnedDossiersService,
    InvitationSlipsService,
    InvitationSlipPdfService,
    InvitationLifecycleService,
    InvitationLifecycleScheduler,
  ],
  exports: [
    InvitationRepository,
    InvitationStore,
    SurveyCredentialRepository,
    SurveyCredentialStore,
    ReturnedDossierRepository,
    ReturnedDossierStore,
    InvitationIssuer,
    InvitationSlipsService,
    InvitationSlipPdfService,
    InvitationLifecycleService,
  ],
})
export class InvitationsModule {}
